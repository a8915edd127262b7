package org.hallqueue.floorplans.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.hallqueue.floorplans.Floorplans;
import org.hallqueue.floorplans.Offices;
import org.hallqueue.floorplans.Seeds;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FloorplanRoundTripTest {

  @Test
  void shouldKeepTheExamplesInTheirWrittenForm() {
    for (String name : List.of("district-hall.json", "city-hall.json")) {
      String file = Offices.exampleJson(name);
      assertThat(Floorplans.write(Offices.example(name))).isEqualTo(file);
    }
  }

  static LongStream seeds() {
    return Seeds.of(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldReadBackWhatItWrites(long seed) {
    Seeds.check(
        seed,
        () -> {
          Office office = new RandomOffices(new SplittableRandom(seed)).office();
          String written = FloorplanWriter.write(office);
          FloorplanReader.Reading reading = FloorplanReader.read(written);
          assertThat(reading.problems()).isEmpty();
          assertThat(reading.office()).isEqualTo(office);
          assertThat(FloorplanWriter.write(reading.office())).isEqualTo(written);
        });
  }

  /** Offices with any texts, numbers and shapes the format can hold (not all of them valid). */
  private record RandomOffices(SplittableRandom random) {
    private static final List<String> TRICKY =
        List.of("7号窗口 \"绿色通道\"", "back\\slash", "tab\there", "line\nbreak", "Ü ∑ €");
    private static final List<Double> SPECIAL = List.of(0.1, 1e-9, 123456789.125, -0.0, 1e20, 3.0);
    private static final List<String> ID_ENDS = List.of("", "-3", "-a-b");

    Office office() {
      return new Office(
          id(), texts(), random.nextBoolean(), list(2, r -> floor()), list(2, r -> connector()));
    }

    private <T> List<T> list(int maxSize, Function<SplittableRandom, T> item) {
      List<T> items = new ArrayList<>();
      for (int i = random.nextInt(maxSize + 1); i > 0; i--) {
        items.add(item.apply(random));
      }
      return items;
    }

    private <T> T oneOf(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    private <E extends Enum<E>> E oneOf(Class<E> type) {
      return type.getEnumConstants()[random.nextInt(type.getEnumConstants().length)];
    }

    private String id() {
      StringBuilder id = new StringBuilder("x");
      String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
      for (int i = random.nextInt(1, 7); i > 0; i--) {
        id.append(chars.charAt(random.nextInt(chars.length())));
      }
      return id + oneOf(ID_ENDS);
    }

    private String text() {
      if (random.nextInt(4) == 0) {
        return oneOf(TRICKY);
      }
      while (true) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(1, 13); i > 0; i--) {
          char c = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
          s.append(Character.isSurrogate(c) ? 'z' : c);
        }
        if (!s.toString().isBlank()) {
          return s.toString();
        }
      }
    }

    private LocalizedText texts() {
      return LocalizedText.of(text(), text());
    }

    private Optional<LocalizedText> optionalTexts() {
      return random.nextBoolean() ? Optional.of(texts()) : Optional.empty();
    }

    private double number() {
      return switch (random.nextInt(3)) {
        case 0 -> random.nextDouble(-1000, 1000);
        case 1 -> Math.round(random.nextDouble(-1000, 1000) * 100) / 100.0;
        default -> oneOf(SPECIAL);
      };
    }

    private double positive() {
      double d = Math.abs(number());
      return d > 0 ? d : 0.5;
    }

    private Point point() {
      return new Point(number(), number());
    }

    private List<Point> points(int min, int max) {
      List<Point> points = new ArrayList<>();
      for (int i = random.nextInt(min, max + 1); i > 0; i--) {
        points.add(point());
      }
      return points;
    }

    private Floor floor() {
      return new Floor(
          random.nextInt(-3, 31),
          texts(),
          positive(),
          positive(),
          list(2, r -> new Wall(id(), points(2, 4), positive())),
          list(
              2, r -> new Obstacle(id(), oneOf(ObstacleKind.class), optionalTexts(), points(3, 5))),
          list(2, r -> new LevelChange(id(), oneOf(LevelChangeKind.class), points(3, 5))),
          list(5, r -> element()));
    }

    private Optional<Facing> facing() {
      return random.nextBoolean() ? Optional.of(oneOf(Facing.class)) : Optional.empty();
    }

    private Element element() {
      return switch (random.nextInt(5)) {
        case 0 -> new Entrance(id(), texts(), point());
        case 1 -> new Kiosk(id(), texts(), point(), facing());
        case 2 ->
            new Counter(id(), texts(), point(), facing(), random.nextInt(1, 1000), optionalTexts());
        case 3 ->
            new WaitingZone(
                id(), texts(), point(), points(3, 5), random.nextInt(0, 501), list(3, r -> id()));
        default -> new DisplayBoard(id(), texts(), point(), facing(), id());
      };
    }

    private Connector connector() {
      return new Connector(
          id(),
          oneOf(ConnectorKind.class),
          texts(),
          random.nextBoolean(),
          list(3, r -> new ConnectorStop(random.nextInt(-3, 31), point())));
    }
  }
}
