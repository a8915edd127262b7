package org.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Writes PNG previews of both encodings in both widths to target/previews, for people to look at.
 */
class TicketPreviewTest {

  @ParameterizedTest
  @CsvSource({
    "TEXT, MM58, zh-CN",
    "TEXT, MM80, zh-CN",
    "RASTER, MM58, zh-CN",
    "RASTER, MM80, zh-CN",
    "TEXT, MM80, en",
    "RASTER, MM58, en"
  })
  void shouldWriteAPreviewAsWideAsThePaper(Mode mode, PaperWidth width, String language)
      throws IOException {
    TicketPrint ticket =
        language.equals("en") ? Tickets.flexibleEmploymentInEnglish() : Tickets.elderlyLaneShown();

    byte[] png = VirtualPrinter.preview(ticket, mode, width);

    Path dir = Path.of("target", "previews");
    Files.createDirectories(dir);
    String name =
        "ticket-"
            + mode.name().toLowerCase()
            + "-"
            + width.name().substring(2)
            + "mm-"
            + language
            + ".png";
    Files.write(dir.resolve(name), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isGreaterThan(width.dots());
    assertThat(image.getHeight()).isGreaterThan(600);
  }
}
