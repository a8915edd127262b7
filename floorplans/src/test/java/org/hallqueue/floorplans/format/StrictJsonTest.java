package org.hallqueue.floorplans.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hallqueue.floorplans.Offices;
import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.Seeds;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Office;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Reading JSON text strictly, and saying where and why it is not JSON, in both languages. */
class StrictJsonTest {

  private static Problem error(String text) {
    StrictJson.Parsed parsed = StrictJson.parse(text);
    assertThat(parsed.root()).as(text).isNull();
    return parsed.problem();
  }

  @Test
  void shouldReadNestedValuesInOrder() {
    JsonNode o = StrictJson.parse("{\"b\": [1, -2.5e1, true, null], \"a\": \"\\u7a97\\n\"}").root();
    assertThat(o.propertyNames()).containsExactly("b", "a");
    assertThat(o.get("a").stringValue()).isEqualTo("窗\n");
    assertThat(o.get("b").get(1).doubleValue()).isEqualTo(-25.0);
    assertThat(o.get("b").get(2).booleanValue()).isTrue();
    assertThat(o.get("b").get(3).isNull()).isTrue();
  }

  @Test
  void shouldPointAtTheLineAndColumnOfAMissingComma() {
    Problem p = error("{\n  \"a\": 1\n  \"b\": 2\n}");
    assertThat(p.code()).isEqualTo("syntax");
    assertThat(p.message(Lang.EN))
        .isEqualTo(
            "Line 3, column 3: expected ',' or '}' but found '\"'. The file is not valid JSON.");
    assertThat(p.message(Lang.ZH_CN)).startsWith("第 3 行第 3 列：这里应该是逗号 , 或右花括号 }");
    assertThat(p.pointer()).isEqualTo("");
  }

  @Test
  void shouldGiveThePointerOfTheValueBeingRead() {
    assertThat(error("{\"floors\": [{\"walls\": [1, 2,]}]}").pointer())
        .isEqualTo("/floors/0/walls");
    assertThat(error("{\"a~b/c\": tru}").pointer()).isEqualTo("/a~0b~1c");
    assertThat(error("{\"a\": [1, {\"b\": x}]}").pointer()).isEqualTo("/a/1/b");
    assertThat(error("{\"a\": [1, 2 3]}").pointer()).isEqualTo("/a");
  }

  @Test
  void shouldRefuseWhatJsonDoesNotAllow() {
    for (String bad :
        List.of(
            "",
            "{",
            "[1 2]",
            "{'a': 1}",
            "01",
            "1.",
            "\"tab\there\"",
            "{\"a\":1}x",
            "{\"a\":1}{}",
            "[1,]",
            "{\"a\": 1,}",
            "{\"a\" 1}",
            "\"\\x\"",
            "NaN",
            "[1e999]",
            "/* comment */ 1")) {
      assertThat(error(bad).code()).as(bad).isEqualTo("syntax");
    }
  }

  @Test
  void shouldSayWhatIsWrongInPlainWords() {
    assertThat(error("").message(Lang.EN)).contains("the file is empty");
    assertThat(error("{\"a\":1} x").message(Lang.EN)).contains("more text after the end");
    assertThat(error("[1,]").message(Lang.EN)).contains("no comma after the last item");
    assertThat(error("{\"a\": 1,}").message(Lang.EN)).contains("no comma after the last field");
    assertThat(error("{\"a\" 1}").message(Lang.EN))
        .contains("expected ':' after the field name \"a\"");
    assertThat(error("[01]").message(Lang.EN)).contains("number is not written correctly");
    assertThat(error("[1e999]").message(Lang.EN)).contains("number is too large");
    assertThat(error("\"a\nb\"").message(Lang.EN)).contains("cannot contain a line break");
    assertThat(error("\"\\x\"").message(Lang.ZH_CN)).contains("不认识的转义符");
    assertThat(error("{\"a\": tru}").message(Lang.EN))
        .contains("expected a value here (text needs double quotes) but found 't'");
  }

  @Test
  void shouldSayWhenTheFileEndsTooEarly() {
    Problem p = error("{\"a\": [1, 2");
    assertThat(p.message(Lang.EN)).contains("the end of the file");
    assertThat(p.message(Lang.ZH_CN)).contains("文件结尾");
  }

  @Test
  void shouldRefuseAKeyWrittenTwiceNamingItsPointerLineAndColumn() {
    Problem p = error("{\"a\": {\"b\": 1,\n \"b\": 2}}");
    assertThat(p.code()).isEqualTo("duplicate-field");
    assertThat(p.pointer()).isEqualTo("/a/b");
    assertThat(p.message(Lang.EN)).startsWith("Line 2, column ").contains("\"b\" is written twice");
    assertThat(p.message(Lang.ZH_CN)).startsWith("第 2 行第 ").contains("写了两次");
  }

  @Test
  void shouldReadPastAByteOrderMark() {
    assertThat(StrictJson.parse("\uFEFF{\"a\": 1}").root().get("a").doubleValue()).isEqualTo(1);
  }

  @Test
  void shouldRefuseNestingDeeperThanTwoHundred() {
    assertThat(error("[".repeat(201) + "]".repeat(201)).message(Lang.EN))
        .contains("nested too deeply");
    assertThat(StrictJson.parse("[".repeat(200) + "]".repeat(200)).root()).isNotNull();
  }

  static LongStream seeds() {
    return Seeds.of(1000);
  }

  static Stream<String> edgeCaseTexts() {
    return Stream.of(
        "", " ", "\"", "\\", "/", "\u0000", "\u001f", "\u007f", "\b\f\n\r\t", "𠀀", "\uFEFF");
  }

  static DoubleStream edgeCaseNumbers() {
    return DoubleStream.of(
        0.0,
        -0.0,
        1,
        -1,
        0.1,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        1e20,
        1e-9,
        123456789.125,
        Math.PI,
        1e300,
        1e-300);
  }

  /** Any text: ASCII with control characters, any other character, and surrogate pairs. */
  private static String anyText(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(40); i > 0; i--) {
      switch (random.nextInt(3)) {
        case 0 -> s.append((char) random.nextInt(0x80));
        case 1 -> {
          char c = (char) random.nextInt(0x10000);
          s.append(Character.isSurrogate(c) ? 'z' : c);
        }
        default -> s.appendCodePoint(random.nextInt(0x10000, Character.MAX_CODE_POINT + 1));
      }
    }
    return s.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldReadBackAnyPrintedText(long seed) {
    Seeds.check(
        seed,
        () -> {
          shouldReadBackEdgeCaseTexts(anyText(new SplittableRandom(seed)));
        });
  }

  @ParameterizedTest
  @MethodSource("edgeCaseTexts")
  void shouldReadBackEdgeCaseTexts(String text) {
    Office office = Offices.smallHall();
    Office named =
        new Office(
            office.id(),
            LocalizedText.of(text, text),
            office.stepFreeRequired(),
            office.floors(),
            office.connectors());
    String written = FloorplanWriter.write(named);
    assertThat(FloorplanReader.read(written).office().name()).isEqualTo(named.name());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldReadBackAnyPrintedNumberExactly(long seed) {
    Seeds.check(
        seed,
        () -> {
          SplittableRandom random = new SplittableRandom(seed);
          double value =
              random.nextBoolean()
                  ? Double.longBitsToDouble(random.nextLong())
                  : random.nextDouble(-1e6, 1e6);
          if (Double.isFinite(value)) {
            shouldReadBackEdgeCaseNumbersExactly(value);
          }
        });
  }

  @ParameterizedTest
  @MethodSource("edgeCaseNumbers")
  void shouldReadBackEdgeCaseNumbersExactly(double value) {
    String printed = JsonNumbers.format(value);
    assertThat(printed).doesNotContain("E");
    assertThat(Double.parseDouble(printed)).isEqualTo(value == 0 ? Math.abs(value) : value);
    assertThat(StrictJson.parse(printed).root().doubleValue())
        .isEqualTo(value == 0 ? Math.abs(value) : value);
  }
}
