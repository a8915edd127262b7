package org.hallqueue.printer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a printer is, as the kiosk's configuration says it:
 *
 * <ul>
 *   <li>{@code serial:/dev/ttyUSB0?baud=9600&parity=none&flow=none} (RS-232 or USB serial; also
 *       {@code serial:COM3} on Windows)
 *   <li>{@code tcp://192.168.1.50:9100} (raw port, 9100 when omitted)
 *   <li>{@code file:/dev/usb/lp0} (a USB printer device file; also any file, for tests)
 * </ul>
 *
 * Every kind also takes {@code timeout=MILLISECONDS} (connect, read, and write inactivity; default
 * 5000) and {@code status=false} to print without asking the printer's status first (for printers
 * that do not answer {@code DLE EOT}).
 *
 * @param kind the transport
 * @param path the device or file path (serial, file), or null
 * @param host the host name or address (tcp), or null
 * @param port the TCP port (tcp), or 0
 * @param baud serial speed in bits per second
 * @param parity serial parity
 * @param flow serial flow control
 * @param timeout limit for connecting, for one status answer, and for a write to make progress
 * @param checkStatus whether {@link Printer#print} asks the printer's status first
 */
public record PrinterUri(
    Kind kind,
    String path,
    String host,
    int port,
    int baud,
    Parity parity,
    Flow flow,
    Duration timeout,
    boolean checkStatus) {

  /** How the printer is attached. */
  public enum Kind {
    SERIAL,
    TCP,
    FILE
  }

  /** Serial parity. */
  public enum Parity {
    NONE,
    EVEN,
    ODD,
    MARK,
    SPACE
  }

  /** Serial flow control. */
  public enum Flow {
    NONE,
    RTSCTS,
    XONXOFF
  }

  /** Default serial speed: what most thermal printers ship with. */
  public static final int DEFAULT_BAUD = 9600;

  /** The raw printing port. */
  public static final int DEFAULT_PORT = 9100;

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  private static final Set<String> SERIAL_OPTIONS =
      Set.of("baud", "parity", "flow", "timeout", "status");
  private static final Set<String> OTHER_OPTIONS = Set.of("timeout", "status");

  /**
   * Parses a printer URI.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static PrinterUri parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "printer URI is empty; use serial:/dev/ttyUSB0?baud=9600, tcp://host:9100 or"
              + " file:/dev/usb/lp0");
    }
    String uri = text.strip();
    int colon = uri.indexOf(':');
    String scheme = colon < 0 ? "" : uri.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = colon < 0 ? uri : uri.substring(colon + 1);
    int q = rest.indexOf('?');
    String location = q < 0 ? rest : rest.substring(0, q);
    Map<String, String> options = options(uri, q < 0 ? "" : rest.substring(q + 1));
    return switch (scheme) {
      case "serial" -> serial(uri, location, options);
      case "tcp" -> tcp(uri, location, options);
      case "file" -> file(uri, location, options);
      default ->
          throw new IllegalArgumentException(
              "printer URI '"
                  + uri
                  + "' must start with serial:, tcp:// or file: (e.g. serial:/dev/ttyUSB0?baud=9600)");
    };
  }

  private static PrinterUri serial(String uri, String location, Map<String, String> options) {
    check(uri, options, SERIAL_OPTIONS);
    String path = location.startsWith("//") ? location.substring(2) : location;
    if (path.isEmpty()
        || !(path.startsWith("/") || path.toUpperCase(Locale.ROOT).startsWith("COM"))) {
      throw new IllegalArgumentException(
          "printer URI '" + uri + "' needs a serial device path, e.g. serial:/dev/ttyUSB0");
    }
    int baud = integer(uri, options, "baud", DEFAULT_BAUD, 50, 4_000_000);
    Parity parity = choice(uri, options, "parity", Parity.class, Parity.NONE);
    Flow flow = choice(uri, options, "flow", Flow.class, Flow.NONE);
    return new PrinterUri(
        Kind.SERIAL,
        path,
        null,
        0,
        baud,
        parity,
        flow,
        timeout(uri, options),
        status(uri, options));
  }

  private static PrinterUri tcp(String uri, String location, Map<String, String> options) {
    check(uri, options, OTHER_OPTIONS);
    if (!location.startsWith("//") || location.length() == 2) {
      throw new IllegalArgumentException(
          "printer URI '" + uri + "' needs a host, e.g. tcp://192.168.1.50:9100");
    }
    String authority = location.substring(2);
    if (authority.endsWith("/")) {
      authority = authority.substring(0, authority.length() - 1);
    }
    String host = authority;
    int port = DEFAULT_PORT;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && !authority.endsWith("]")) {
      host = authority.substring(0, colon);
      port = parseInt(uri, "port", authority.substring(colon + 1), 1, 65535);
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty() || host.contains("/")) {
      throw new IllegalArgumentException(
          "printer URI '" + uri + "' has no valid host, e.g. tcp://192.168.1.50:9100");
    }
    return new PrinterUri(
        Kind.TCP, null, host, port, 0, null, null, timeout(uri, options), status(uri, options));
  }

  private static PrinterUri file(String uri, String location, Map<String, String> options) {
    check(uri, options, OTHER_OPTIONS);
    String path = location.startsWith("//") ? location.substring(2) : location;
    if (path.isEmpty()) {
      throw new IllegalArgumentException(
          "printer URI '" + uri + "' needs a file path, e.g. file:/dev/usb/lp0");
    }
    return new PrinterUri(
        Kind.FILE, path, null, 0, 0, null, null, timeout(uri, options), status(uri, options));
  }

  private static Map<String, String> options(String uri, String query) {
    Map<String, String> options = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return options;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalArgumentException(
            "printer URI '" + uri + "': option '" + pair + "' must look like name=value");
      }
      options.put(pair.substring(0, eq).toLowerCase(Locale.ROOT), pair.substring(eq + 1));
    }
    return options;
  }

  private static void check(String uri, Map<String, String> options, Set<String> known) {
    for (String name : options.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "printer URI '"
                + uri
                + "': unknown option '"
                + name
                + "' (this kind of printer takes "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      }
    }
  }

  private static int integer(
      String uri, Map<String, String> options, String name, int fallback, int min, int max) {
    String value = options.get(name);
    return value == null ? fallback : parseInt(uri, name, value, min, max);
  }

  private static int parseInt(String uri, String name, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "printer URI '"
            + uri
            + "': "
            + name
            + " must be a number from "
            + min
            + " to "
            + max
            + ", not '"
            + value
            + "'");
  }

  private static <E extends Enum<E>> E choice(
      String uri, Map<String, String> options, String name, Class<E> type, E fallback) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.replace("/", ""))) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "printer URI '"
            + uri
            + "': "
            + name
            + " must be one of "
            + java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .toList()
            + ", not '"
            + value
            + "'");
  }

  private static Duration timeout(String uri, Map<String, String> options) {
    return Duration.ofMillis(
        integer(uri, options, "timeout", (int) DEFAULT_TIMEOUT.toMillis(), 50, 600_000));
  }

  private static boolean status(String uri, Map<String, String> options) {
    String value = options.getOrDefault("status", "true");
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(
          "printer URI '" + uri + "': status must be true or false, not '" + value + "'");
    }
    return value.equals("true");
  }

  @Override
  public String toString() {
    return switch (kind) {
      case SERIAL ->
          "serial:"
              + path
              + "?baud="
              + baud
              + "&parity="
              + parity.name().toLowerCase(Locale.ROOT)
              + "&flow="
              + flow.name().toLowerCase(Locale.ROOT);
      case TCP -> "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
      case FILE -> "file:" + path;
    };
  }
}
