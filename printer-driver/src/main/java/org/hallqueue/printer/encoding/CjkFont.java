package org.hallqueue.printer.encoding;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds a font that draws Chinese: Noto Sans CJK SC (Debian/Ubuntu {@code fonts-noto-cjk}), then
 * WenQuanYi Micro Hei ({@code fonts-wqy-microhei}), then any installed font that can display
 * Chinese. Without one, raster tickets would print boxes, so it fails loudly instead.
 */
public final class CjkFont {

  private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei");
  private static final List<String> PREFERRED_MONO =
      List.of("Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono");
  private static final String PROBE = "中文取号灵活就业";

  private static volatile String family;
  private static volatile String monoFamily;

  private CjkFont() {}

  /** A proportional CJK font family for drawing tickets. */
  public static Font plain(float size) {
    if (family == null) {
      family = find(PREFERRED);
    }
    return new Font(family, Font.PLAIN, 1).deriveFont(size);
  }

  /**
   * A CJK font whose Latin letters are half as wide as its Chinese characters, like a printer's
   * font A (12×24 and 24×24 dots); falls back to the proportional font.
   */
  public static Font mono(float size) {
    if (monoFamily == null) {
      monoFamily = find(PREFERRED_MONO);
    }
    return new Font(monoFamily, Font.PLAIN, 1).deriveFont(size);
  }

  private static String find(List<String> preferred) {
    Set<String> installed =
        Set.copyOf(
            Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
    for (String name : preferred) {
      if (installed.contains(name) && canDisplayChinese(name)) {
        return name;
      }
    }
    for (String name : PREFERRED) {
      if (installed.contains(name) && canDisplayChinese(name)) {
        return name;
      }
    }
    for (String name : installed) {
      if (canDisplayChinese(name) && !isLogical(name)) {
        return name;
      }
    }
    for (String name : installed) {
      if (canDisplayChinese(name)) {
        return name; // a logical font whose fallback draws Chinese
      }
    }
    throw new IllegalStateException(
        "no installed font can draw Chinese: install fonts-noto-cjk or fonts-wqy-microhei"
            + " (apt-get install fonts-noto-cjk fonts-wqy-microhei)");
  }

  private static boolean canDisplayChinese(String name) {
    return new Font(name, Font.PLAIN, 24).canDisplayUpTo(PROBE) < 0;
  }

  private static boolean isLogical(String name) {
    return Set.of("Dialog", "DialogInput", "Monospaced", "Serif", "SansSerif").contains(name);
  }
}
