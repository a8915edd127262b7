package org.hallqueue.floorplans.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hallqueue.floorplans.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonParserTest {

  private static JsonSyntaxException error(String text) {
    return catchThrowableOfType(JsonSyntaxException.class, () -> JsonParser.parse(text));
  }

  @Test
  void shouldReadNestedValuesInOrder() throws Exception {
    JsonValue.JsonObject o =
        (JsonValue.JsonObject)
            JsonParser.parse("{\"b\": [1, -2.5e1, true, null], \"a\": \"\\u7a97\\n\"}");
    assertThat(o.members().keySet()).containsExactly("b", "a");
    assertThat(((JsonValue.JsonString) o.members().get("a")).value()).isEqualTo("窗\n");
    JsonValue.JsonArray b = (JsonValue.JsonArray) o.members().get("b");
    assertThat(((JsonValue.JsonNumber) b.items().get(1)).doubleValue()).isEqualTo(-25.0);
  }

  @Test
  void shouldPointAtTheLineAndColumnOfAMissingComma() {
    JsonSyntaxException e = error("{\n  \"a\": 1\n  \"b\": 2\n}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.detailEn()).isEqualTo("expected ',' or '}' but found '\"'");
    assertThat(e.pointer()).isEqualTo("");
  }

  @Test
  void shouldGiveThePointerOfTheValueBeingRead() {
    assertThat(error("{\"floors\": [{\"walls\": [1, 2,]}]}").pointer())
        .isEqualTo("/floors/0/walls");
    assertThat(error("{\"a~b/c\": tru}").pointer()).isEqualTo("/a~0b~1c");
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
            "[1,]",
            "\"\\x\"",
            "NaN")) {
      assertThat(error(bad)).as(bad).isNotNull();
    }
  }

  @Test
  void shouldSayWhenTheFileEndsTooEarly() {
    JsonSyntaxException e = error("{\"a\": [1, 2");
    assertThat(e.detailEn()).contains("the end of the file");
    assertThat(e.detailZh()).contains("文件结尾");
  }

  @Test
  void shouldRememberDuplicateKeysAndKeepTheFirst() throws Exception {
    JsonValue.JsonObject o = (JsonValue.JsonObject) JsonParser.parse("{\"a\": 1, \"a\": 2}");
    assertThat(o.duplicateKeys()).containsExactly("a");
    assertThat(((JsonValue.JsonNumber) o.members().get("a")).text()).isEqualTo("1");
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
  void shouldReadBackAnyPrintedText(long seed) throws Exception {
    shouldReadBackEdgeCaseTexts(anyText(new SplittableRandom(seed)));
  }

  @ParameterizedTest
  @MethodSource("edgeCaseTexts")
  void shouldReadBackEdgeCaseTexts(String text) throws Exception {
    String printed = JsonPrinter.print(new JsonValue.JsonString(text));
    assertThat(((JsonValue.JsonString) JsonParser.parse(printed)).value()).isEqualTo(text);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldReadBackAnyPrintedNumberExactly(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double value =
        random.nextBoolean()
            ? Double.longBitsToDouble(random.nextLong())
            : random.nextDouble(-1e6, 1e6);
    if (Double.isFinite(value)) {
      shouldReadBackEdgeCaseNumbersExactly(value);
    }
  }

  @ParameterizedTest
  @MethodSource("edgeCaseNumbers")
  void shouldReadBackEdgeCaseNumbersExactly(double value) {
    String printed = JsonNumbers.format(value);
    assertThat(printed).doesNotContain("E");
    assertThat(Double.parseDouble(printed)).isEqualTo(value == 0 ? Math.abs(value) : value);
  }
}
