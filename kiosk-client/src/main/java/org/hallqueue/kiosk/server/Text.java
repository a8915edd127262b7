package org.hallqueue.kiosk.server;

import java.util.Map;
import org.hallqueue.floorplans.model.Lang;
import tools.jackson.databind.JsonNode;

/** A visitor-facing text in both languages, as the server sends it ({"zh-CN": …, "en": …}). */
public record Text(String zh, String en) {

  public Text {
    zh = zh == null ? "" : zh;
    en = en == null ? "" : en;
  }

  public static Text of(String zh, String en) {
    return new Text(zh, en);
  }

  static Text from(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return new Text("", "");
    }
    if (node.isString()) {
      return new Text(node.stringValue(), node.stringValue());
    }
    return new Text(node.path("zh-CN").asString(""), node.path("en").asString(""));
  }

  /** The text in a language; a text missing in that language shows the other one. */
  public String in(Lang lang) {
    String text = lang == Lang.EN ? en : zh;
    return text.isBlank() ? (lang == Lang.EN ? zh : en) : text;
  }

  /** True when the text exists in both languages. */
  public boolean complete() {
    return !zh.isBlank() && !en.isBlank();
  }

  public boolean isEmpty() {
    return zh.isBlank() && en.isBlank();
  }

  public Map<String, String> asMap() {
    return isEmpty() ? Map.of() : Map.of("zh-CN", in(Lang.ZH_CN), "en", in(Lang.EN));
  }
}
