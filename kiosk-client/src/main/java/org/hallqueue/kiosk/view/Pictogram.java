package org.hallqueue.kiosk.view;

import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * Bold line pictograms drawn in code (SVG path data on a 48×48 grid, stroked with round ends), one
 * for each kind of service, lane and guidance answer; {@link #FALLBACK} for what none fits, since
 * managers add services and lanes of their own.
 */
enum Pictogram {
  /** Enrolling in social insurance: a shield with a tick. */
  ENROL("M24 5 L40 11 V23 C40 33 33 40 24 44 C15 40 8 33 8 23 V11 Z M16 24 L22 30 L33 18"),
  /** An injury at work: a first-aid bag. */
  INJURY("M7 15 H41 V41 H7 Z M18 15 V9 H30 V15 M24 21 V35 M17 28 H31"),
  /** Moving insurance from elsewhere: two arrows, there and here. */
  TRANSFER("M8 16 H38 M30 8 L38 16 L30 24 M40 32 H10 M18 24 L10 32 L18 40"),
  /** The social security card. */
  CARD("M5 11 H43 V37 H5 Z M11 18 H19 V25 H11 Z M25 20 H37 M25 26 H33 M11 31 H37"),
  /** Records and certificates: a page with lines. */
  DOCUMENT("M12 5 H29 L37 13 V43 H12 Z M29 5 V13 H37 M18 22 H31 M18 29 H31 M18 36 H26"),
  /** A pension: a yuan coin. */
  PENSION(
      "M10 24 A14 14 0 1 0 38 24 A14 14 0 1 0 10 24 Z M18 14 L24 22 L30 14 M24 22 V35 M18 24 H30"
          + " M18 30 H30"),
  /** The standard lane: a ticket. */
  TICKET(
      "M6 14 H42 V20 A4 4 0 0 0 42 28 V34 H6 V28 A4 4 0 0 0 6 20 Z M31 17 V18 M31 23 V25 M31 30"
          + " V31"),
  /** Older visitors: a person walking with a stick. */
  ELDERLY(
      "M18 8 A4 4 0 1 0 26 8 A4 4 0 1 0 18 8 Z M22 15 L19 29 L14 44 M19 29 L25 36 L25 44 M21 19"
          + " L31 25 M31 25 V44 M31 25 C31 20 36 20 36 24"),
  /** Disabled visitors: a wheelchair. */
  WHEELCHAIR(
      "M18 8 A3 3 0 1 0 24 8 A3 3 0 1 0 18 8 Z M21 15 V28 H32 L36 40 H41 M21 21 H30 M15 24 A11 11"
          + " 0 1 0 31 37"),
  /** Women's service. */
  WOMAN("M14 16 A10 10 0 1 0 34 16 A10 10 0 1 0 14 16 Z M24 26 V44 M16 36 H32"),
  /** Pregnant visitors and families: a pram. */
  PRAM(
      "M8 18 H34 A13 13 0 0 1 8 18 Z M34 18 L40 10 H44 M12 38 A3 3 0 1 0 18 38 A3 3 0 1 0 12 38 Z"
          + " M28 38 A3 3 0 1 0 34 38 A3 3 0 1 0 28 38 Z"),
  /** Migrant workers: a hard hat. */
  WORKER("M8 33 A16 16 0 0 1 40 33 Z M4 37 H44 M24 17 V26 M17 20 V28 M31 20 V28"),
  /** Ask a member of staff: a speech bubble with a question mark. */
  STAFF("M7 8 H41 V32 H22 L13 40 V32 H7 Z M19 16 A5 5 0 1 1 24 21 V23 M24 27.5 V28"),
  /** Information only: an i in a circle. */
  INFO("M10 24 A14 14 0 1 0 38 24 A14 14 0 1 0 10 24 Z M24 22 V33 M24 15.5 V16"),
  /** A booked visit: a calendar with a tick. */
  BOOKED("M7 11 H41 V42 H7 Z M7 19 H41 M15 6 V14 M33 6 V14 M16 30 L22 36 L32 25"),
  /** Please wait, it is being fixed: an hourglass (the server-away screen). */
  WAIT(
      "M12 6 H36 M12 42 H36 M15 6 C15 18 23 20 23 24 C23 28 15 30 15 42 M33 6 C33 18 25 20 25 24"
          + " C25 28 33 30 33 42 M19 38 H29"),
  /** Nothing more specific: four tiles. */
  FALLBACK("M9 9 H21 V21 H9 Z M27 9 H39 V21 H27 Z M9 27 H21 V39 H9 Z M27 27 H39 V39 H27 Z");

  private static final double GRID = 48;

  private final String path;

  Pictogram(String path) {
    this.path = path;
  }

  /**
   * The pictogram {@code size} px square, its lines in the style class {@code pictogram-path} (the
   * colour of the text beside it); found by the style class {@code pictogram}.
   */
  Node node(double size) {
    SVGPath shape = new SVGPath();
    shape.setContent(path);
    shape.getStyleClass().add("pictogram-path");
    shape.getTransforms().add(new Scale(size / GRID, size / GRID));
    // an invisible frame keeps the grid's whole square, so every pictogram has the same size
    SVGPath frame = new SVGPath();
    frame.setContent("M0 0 H48 V48 H0 Z");
    frame.setStyle("-fx-fill: transparent; -fx-stroke: transparent;");
    frame.getTransforms().add(new Scale(size / GRID, size / GRID));
    StackPane box = new StackPane(new Group(frame, shape));
    box.setMinSize(size, size);
    box.setPrefSize(size, size);
    box.setMaxSize(size, size);
    box.getStyleClass().add("pictogram");
    box.setId("pictogram-" + name().toLowerCase(Locale.ROOT));
    box.setMouseTransparent(true);
    return box;
  }
}
