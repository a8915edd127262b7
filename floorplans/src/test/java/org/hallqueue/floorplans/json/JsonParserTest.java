package org.hallqueue.floorplans.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

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

  @Property
  void shouldReadBackAnyPrintedText(@ForAll String text) throws Exception {
    String printed = JsonPrinter.print(new JsonValue.JsonString(text));
    assertThat(((JsonValue.JsonString) JsonParser.parse(printed)).value()).isEqualTo(text);
  }

  @Property
  void shouldReadBackAnyPrintedNumberExactly(@ForAll double value) throws Exception {
    if (!Double.isFinite(value)) {
      return;
    }
    String printed = JsonNumbers.format(value);
    assertThat(printed).doesNotContain("E");
    assertThat(Double.parseDouble(printed)).isEqualTo(value == 0 ? Math.abs(value) : value);
  }
}
