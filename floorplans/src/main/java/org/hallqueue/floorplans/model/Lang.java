package org.hallqueue.floorplans.model;

import java.util.Optional;

/** The languages every visitor-facing text exists in. */
public enum Lang {
  ZH_CN("zh-CN"),
  EN("en");

  private final String tag;

  Lang(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag used in JSON, {@code zh-CN} or {@code en}. */
  public String tag() {
    return tag;
  }

  /** The language for a tag such as {@code zh-CN}, {@code zh} or {@code en}, ignoring case. */
  public static Optional<Lang> fromTag(String tag) {
    String t = tag.toLowerCase(java.util.Locale.ROOT);
    if (t.equals("zh-cn") || t.equals("zh")) {
      return Optional.of(ZH_CN);
    }
    if (t.equals("en")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }
}
