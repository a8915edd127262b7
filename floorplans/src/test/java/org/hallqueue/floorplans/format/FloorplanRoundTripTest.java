package org.hallqueue.floorplans.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hallqueue.floorplans.Floorplans;
import org.hallqueue.floorplans.Offices;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.Connector;
import org.hallqueue.floorplans.model.ConnectorKind;
import org.hallqueue.floorplans.model.ConnectorStop;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.DisplayBoard;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Entrance;
import org.hallqueue.floorplans.model.Facing;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.Kiosk;
import org.hallqueue.floorplans.model.LevelChange;
import org.hallqueue.floorplans.model.LevelChangeKind;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Obstacle;
import org.hallqueue.floorplans.model.ObstacleKind;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.WaitingZone;
import org.hallqueue.floorplans.model.Wall;
import org.junit.jupiter.api.Test;

class FloorplanRoundTripTest {

  @Test
  void shouldKeepTheExamplesInTheirWrittenForm() {
    for (String name : List.of("district-hall.json", "city-hall.json")) {
      String file = Offices.exampleJson(name);
      assertThat(Floorplans.write(Offices.example(name))).isEqualTo(file);
    }
  }

  @Property(tries = 300)
  void shouldReadBackWhatItWrites(@ForAll("offices") Office office) {
    String written = FloorplanWriter.write(office);
    FloorplanReader.Reading reading = FloorplanReader.read(written);
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.office()).isEqualTo(office);
    assertThat(FloorplanWriter.write(reading.office())).isEqualTo(written);
  }

  @Provide
  Arbitrary<Office> offices() {
    return Combinators.combine(
            ids(),
            texts(),
            Arbitraries.of(true, false),
            floor().list().ofMaxSize(2),
            connector().list().ofMaxSize(2))
        .as(Office::new);
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyz0123456789")
        .ofMinLength(1)
        .ofMaxLength(6)
        .map(s -> "x" + s)
        .flatMap(s -> Arbitraries.of("", "-3", "-a-b").map(suffix -> s + suffix));
  }

  private static Arbitrary<LocalizedText> texts() {
    Arbitrary<String> any =
        Arbitraries.strings()
            .all()
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(s -> !s.isBlank())
            .filter(s -> s.chars().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
    Arbitrary<String> tricky =
        Arbitraries.of("7号窗口 \"绿色通道\"", "back\\slash", "tab\there", "line\nbreak", "Ü ∑ €");
    return Combinators.combine(Arbitraries.oneOf(any, tricky), Arbitraries.oneOf(any, tricky))
        .as(LocalizedText::of);
  }

  private static Arbitrary<Double> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1000, 1000),
        Arbitraries.doubles().between(-1000, 1000).map(d -> Math.round(d * 100) / 100.0),
        Arbitraries.of(0.1, 1e-9, 123456789.125, -0.0, 1e20, 3.0));
  }

  private static Arbitrary<Double> positive() {
    return numbers().map(Math::abs).filter(d -> d > 0);
  }

  private static Arbitrary<Point> points() {
    return Combinators.combine(numbers(), numbers()).as(Point::new);
  }

  private static Arbitrary<List<Point>> polygons() {
    return points().list().ofMinSize(3).ofMaxSize(5);
  }

  private static Arbitrary<Floor> floor() {
    Arbitrary<Wall> walls =
        Combinators.combine(ids(), points().list().ofMinSize(2).ofMaxSize(4), positive())
            .as(Wall::new);
    Arbitrary<Obstacle> obstacles =
        Combinators.combine(
                ids(), Arbitraries.of(ObstacleKind.class), texts().optional(), polygons())
            .as(Obstacle::new);
    Arbitrary<LevelChange> changes =
        Combinators.combine(ids(), Arbitraries.of(LevelChangeKind.class), polygons())
            .as(LevelChange::new);
    return Combinators.combine(
            Arbitraries.integers().between(-3, 30),
            texts(),
            positive(),
            positive(),
            walls.list().ofMaxSize(2),
            obstacles.list().ofMaxSize(2),
            changes.list().ofMaxSize(2),
            element().list().ofMaxSize(5))
        .as(Floor::new);
  }

  private static Arbitrary<Element> element() {
    Arbitrary<Optional<Facing>> facing = Arbitraries.of(Facing.class).optional();
    Arbitrary<Element> entrance = Combinators.combine(ids(), texts(), points()).as(Entrance::new);
    Arbitrary<Element> kiosk = Combinators.combine(ids(), texts(), points(), facing).as(Kiosk::new);
    Arbitrary<Element> counter =
        Combinators.combine(
                ids(),
                texts(),
                points(),
                facing,
                Arbitraries.integers().between(1, 999),
                texts().optional())
            .as(Counter::new);
    Arbitrary<Element> zone =
        Combinators.combine(
                ids(),
                texts(),
                points(),
                polygons(),
                Arbitraries.integers().between(0, 500),
                ids().list().ofMaxSize(3))
            .as(WaitingZone::new);
    Arbitrary<Element> display =
        Combinators.combine(ids(), texts(), points(), facing, ids()).as(DisplayBoard::new);
    return Arbitraries.oneOf(entrance, kiosk, counter, zone, display);
  }

  private static Arbitrary<Connector> connector() {
    Arbitrary<ConnectorStop> stops =
        Combinators.combine(Arbitraries.integers().between(-3, 30), points())
            .as(ConnectorStop::new);
    return Combinators.combine(
            ids(),
            Arbitraries.of(ConnectorKind.class),
            texts(),
            Arbitraries.of(true, false),
            stops.list().ofMaxSize(3))
        .as(Connector::new);
  }
}
