package org.hallqueue.floorplans.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A text in Chinese (zh-CN) and English (en); both are always present. */
public record LocalizedText(String zhCN, String en) {

  public LocalizedText {
    Objects.requireNonNull(zhCN, "zhCN");
    Objects.requireNonNull(en, "en");
  }

  public static LocalizedText of(String zhCN, String en) {
    return new LocalizedText(zhCN, en);
  }

  /** The text in the given language. */
  public String in(Lang lang) {
    return lang == Lang.ZH_CN ? zhCN : en;
  }

  /** {@code {"zh-CN": ..., "en": ...}}, the shape used in JSON and problem+json answers. */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(Lang.ZH_CN.tag(), zhCN);
    map.put(Lang.EN.tag(), en);
    return map;
  }
}
