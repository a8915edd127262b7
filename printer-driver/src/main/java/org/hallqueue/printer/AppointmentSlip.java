package org.hallqueue.printer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything printed on an appointment slip: the booking code (the visitor's only proof, also as a
 * QR code to scan at check-in), the service, the day and time, when to check in, and the documents
 * to bring. Localized fields are maps from language to text, as on {@link TicketPrint}.
 *
 * @param code the booking code, 8 letters and digits; printed as {@code K7QM-4RTX}
 * @param language the visitor's language, "zh-CN" or "en"
 * @param date the office-local day of the appointment
 * @param start the slot's start, office-local time
 * @param end the slot's end
 * @param checkInFrom when check-in opens
 * @param checkInUntil when check-in closes
 * @param documents checklist, each by language (may be empty)
 * @param footer a closing line by language (may be empty)
 */
public record AppointmentSlip(
    Map<String, String> officeName,
    String code,
    Map<String, String> serviceName,
    String language,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    LocalTime checkInFrom,
    LocalTime checkInUntil,
    List<Map<String, String>> documents,
    Map<String, String> footer) {

  private static final Pattern CODE = Pattern.compile("[0-9A-Z]{8}");

  public AppointmentSlip {
    officeName = TicketPrint.localized("officeName", officeName, false);
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code: must be 8 capital letters and digits");
    }
    if (language == null || !TicketPrint.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language: must be \"zh-CN\" or \"en\"");
    }
    serviceName = TicketPrint.localized("serviceName", serviceName, false);
    Objects.requireNonNull(date, "date: missing");
    Objects.requireNonNull(start, "start: missing");
    Objects.requireNonNull(end, "end: missing");
    Objects.requireNonNull(checkInFrom, "checkInFrom: missing");
    Objects.requireNonNull(checkInUntil, "checkInUntil: missing");
    List<Map<String, String>> docs = new ArrayList<>();
    if (documents != null) {
      for (int i = 0; i < documents.size(); i++) {
        docs.add(TicketPrint.localized("documents[" + i + "]", documents.get(i), false));
      }
    }
    documents = List.copyOf(docs);
    footer = TicketPrint.localized("footer", footer, true);
  }

  /** The code as printed and typed: two groups of four. */
  public String printedCode() {
    return code.substring(0, 4) + "-" + code.substring(4);
  }

  /** The text of a localized field in the slip's language (or any language it has). */
  public String in(Map<String, String> field) {
    return TicketPrint.textIn(field, language);
  }

  public String otherLanguage() {
    return TicketPrint.ZH.equals(language) ? TicketPrint.EN : TicketPrint.ZH;
  }
}
