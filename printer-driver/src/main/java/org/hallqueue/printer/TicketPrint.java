package org.hallqueue.printer;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything printed on a ticket. Localized fields are maps from language ("zh-CN", "en") to text;
 * the ticket is laid out in {@link #language()}, with the service name also shown smaller in the
 * other language.
 *
 * @param officeName the office's name by language
 * @param number the ticket number, e.g. "A012"
 * @param serviceName the service's name by language; must contain {@code language}
 * @param language the visitor's language, "zh-CN" or "en"
 * @param laneName the lane's name by language, or null when the lane must not show (lanes are
 *     discreet: the caller passes it only where the lane is configured to show)
 * @param issuedAt when the ticket was issued, in the office's time zone
 * @param position place in the waiting queue, 1 = next to be called (0 when unknown)
 * @param estimatedWaitSeconds estimated wait, 0 when none
 * @param estimatedWait the range the ticket shows around the estimate, or null to print the single
 *     rounded estimate (tickets from before the server gave a range)
 * @param waitingArea where to wait, by language (may be empty)
 * @param documents checklist of documents to have ready, each by language (may be empty)
 * @param trackingUrl the visitor's tracking page, printable ASCII (the QR payload), or null
 * @param footer a closing line by language (may be empty)
 */
public record TicketPrint(
    Map<String, String> officeName,
    String number,
    Map<String, String> serviceName,
    String language,
    Map<String, String> laneName,
    ZonedDateTime issuedAt,
    int position,
    long estimatedWaitSeconds,
    WaitRange estimatedWait,
    Map<String, String> waitingArea,
    List<Map<String, String>> documents,
    String trackingUrl,
    Map<String, String> footer) {

  /**
   * The expected wait as a range of whole minutes, e.g. 6 to 20.
   *
   * @param fromMinutes the shortest expected wait, 0 or more
   * @param toMinutes the longest expected wait, at least {@code fromMinutes}
   */
  public record WaitRange(long fromMinutes, long toMinutes) {
    public WaitRange {
      if (fromMinutes < 0 || toMinutes < 0) {
        throw new IllegalArgumentException(
            "estimatedWait: minutes must be 0 or more, not " + fromMinutes + " to " + toMinutes);
      }
      if (fromMinutes > toMinutes) {
        throw new IllegalArgumentException(
            "estimatedWait: fromMinutes " + fromMinutes + " is more than toMinutes " + toMinutes);
      }
    }
  }

  /** Chinese (simplified), the default language. */
  public static final String ZH = "zh-CN";

  /** English. */
  public static final String EN = "en";

  /** The languages every visitor-facing text exists in. */
  public static final Set<String> LANGUAGES = Set.of(ZH, EN);

  /** Longest tracking URL accepted: keeps the QR code small enough to scan from paper. */
  public static final int MAX_URL_LENGTH = 300;

  public TicketPrint {
    officeName = localized("officeName", officeName, false);
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("number: missing (the ticket number, e.g. \"A012\")");
    }
    number = number.strip();
    if (number.length() > 12) {
      throw new IllegalArgumentException("number: longer than 12 characters: '" + number + "'");
    }
    if (language == null || !LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(
          "language: must be \"zh-CN\" or \"en\", not " + quoted(language));
    }
    serviceName = localized("serviceName", serviceName, false);
    if (!serviceName.containsKey(language)) {
      throw new IllegalArgumentException(
          "serviceName: has no text in the ticket's language \"" + language + "\"");
    }
    laneName = laneName == null ? null : localized("laneName", laneName, false);
    Objects.requireNonNull(issuedAt, "issuedAt: missing");
    if (position < 0) {
      throw new IllegalArgumentException("position: must be 0 or more, not " + position);
    }
    if (estimatedWaitSeconds < 0) {
      throw new IllegalArgumentException(
          "estimatedWaitSeconds: must be 0 or more, not " + estimatedWaitSeconds);
    }
    waitingArea = localized("waitingArea", waitingArea, true);
    List<Map<String, String>> docs = new ArrayList<>();
    if (documents != null) {
      for (int i = 0; i < documents.size(); i++) {
        docs.add(localized("documents[" + i + "]", documents.get(i), false));
      }
    }
    documents = List.copyOf(docs);
    if (trackingUrl != null) {
      trackingUrl = trackingUrl.strip();
      checkAsciiUrl(trackingUrl);
    }
    footer = localized("footer", footer, true);
  }

  /** The text of a localized field in the ticket's language (or any language it has). */
  public String in(Map<String, String> field) {
    return textIn(field, language);
  }

  /** The other language than the ticket's. */
  public String otherLanguage() {
    return ZH.equals(language) ? EN : ZH;
  }

  /** The text of a localized field in a language, falling back to Chinese, then any; "" if none. */
  public static String textIn(Map<String, String> field, String language) {
    if (field == null || field.isEmpty()) {
      return "";
    }
    String text = field.get(language);
    if (text == null) {
      text = field.get(ZH);
    }
    return text != null ? text : field.values().iterator().next();
  }

  static Map<String, String> localized(String name, Map<String, String> map, boolean mayBeEmpty) {
    if (map == null || map.isEmpty()) {
      if (mayBeEmpty) {
        return Map.of();
      }
      throw new IllegalArgumentException(
          name + ": missing (text by language, e.g. {\"zh-CN\": \"…\", \"en\": \"…\"})");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (!LANGUAGES.contains(e.getKey())) {
        throw new IllegalArgumentException(
            name + ": unknown language " + quoted(e.getKey()) + " (use \"zh-CN\" or \"en\")");
      }
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw new IllegalArgumentException(name + "." + e.getKey() + ": empty text");
      }
      copy.put(e.getKey(), e.getValue());
    }
    return Map.copyOf(copy);
  }

  private static void checkAsciiUrl(String url) {
    if (url.isEmpty() || url.length() > MAX_URL_LENGTH) {
      throw new IllegalArgumentException(
          "trackingUrl: must be 1 to " + MAX_URL_LENGTH + " characters, has " + url.length());
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            "trackingUrl: must be printable ASCII (percent-encode other characters); character "
                + (i + 1)
                + " is "
                + String.format("U+%04X", (int) c));
      }
    }
  }

  private static String quoted(String s) {
    return s == null ? "nothing" : "\"" + s + "\"";
  }
}
