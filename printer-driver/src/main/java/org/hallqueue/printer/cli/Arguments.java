package org.hallqueue.printer.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hallqueue.printer.Mode;
import org.hallqueue.printer.PaperWidth;

/** A command and its {@code --name value} options. */
record Arguments(String command, Map<String, String> options) {

  /** A command line that does not fit the usage. */
  static final class UsageException extends IllegalArgumentException {
    UsageException(String message) {
      super(message);
    }
  }

  static Arguments parse(String[] args) {
    if (args.length == 0) {
      throw new UsageException("no command given");
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--") || name.length() == 2) {
        throw new UsageException("expected an option like --printer, got '" + name + "'");
      }
      String value;
      int eq = name.indexOf('=');
      if (eq > 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException(name + " needs a value");
      }
      options.put(name.substring(2), value);
    }
    String command = args[0];
    if (!Set.of("print", "status", "preview", "decode").contains(command)) {
      throw new UsageException("unknown command '" + command + "'");
    }
    return new Arguments(command, options);
  }

  void allow(String... names) {
    Set<String> allowed = Set.of(names);
    for (String name : options.keySet()) {
      if (!allowed.contains(name)) {
        throw new UsageException(command + " does not take --" + name);
      }
    }
  }

  String required(String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException(command + " needs --" + name);
    }
    return value;
  }

  Mode mode() {
    String value = options.getOrDefault("mode", "text");
    try {
      return Mode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--mode must be text or raster, not '" + value + "'");
    }
  }

  PaperWidth width() {
    try {
      return PaperWidth.parse(options.getOrDefault("width", "80"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--width: " + e.getMessage());
    }
  }
}
