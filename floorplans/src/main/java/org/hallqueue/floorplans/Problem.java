package org.hallqueue.floorplans;

import java.util.Map;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.LocalizedText;

/**
 * One thing wrong with a floorplan: a stable {@code code} (such as {@code duplicate-id}), the JSON
 * pointer of the value at fault ({@code ""} is the whole document) and a plain-words message in
 * zh-CN and en for the office manager.
 */
public record Problem(String code, String pointer, LocalizedText message) {

  /** The message keyed by language tag: {@code {"zh-CN": ..., "en": ...}}. */
  public Map<String, String> messages() {
    return message.asMap();
  }

  public String message(Lang lang) {
    return message.in(lang);
  }

  /** {@code POINTER: message}, the form the command-line tool prints. */
  public String describe(Lang lang) {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + message.in(lang);
  }
}
