package org.hallqueue.kiosk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hallqueue.floorplans.model.Lang;

/**
 * The kiosk's own visitor-facing words, one properties file per language ({@code
 * messages_zh-CN.properties}, {@code messages_en.properties}, UTF-8). A test keeps the two files in
 * step.
 */
public final class Texts {

  private final Map<Lang, Properties> byLang = new EnumMap<>(Lang.class);

  private Texts() {
    for (Lang lang : Lang.values()) {
      byLang.put(lang, load(lang));
    }
  }

  /** The texts shipped with the kiosk. */
  public static Texts bundled() {
    return new Texts();
  }

  static Properties load(Lang lang) {
    String name = "messages_" + lang.tag() + ".properties";
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The text for a key in a language, with {@code {0}}, {@code {1}}… replaced by the arguments. */
  public String get(Lang lang, String key, Object... args) {
    String text = byLang.get(lang).getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no text '" + key + "' in " + lang.tag());
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Every key, in any language. */
  public Set<String> keys(Lang lang) {
    return new TreeSet<>(byLang.get(lang).stringPropertyNames());
  }
}
