package org.hallqueue.printer;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Tickets for tests, named by what makes them different. */
public final class Tickets {

  public static final ZonedDateTime NINE_FIFTEEN =
      ZonedDateTime.of(2026, 11, 23, 9, 15, 0, 0, ZoneId.of("Asia/Shanghai"));

  public static final String TRACKING_URL = "http://192.168.1.10:8080/t/k3Jd9aZ2qLmX7pQe";

  private Tickets() {}

  /**
   * A Chinese visitor's ticket for flexible-employment enrolment, third in the queue: 15 minutes
   * estimated, shown as 9 to 28 minutes.
   */
  public static TicketPrint flexibleEmploymentInChinese() {
    return withLanguage(TicketPrint.ZH, null);
  }

  /** The same ticket as a server that gave no wait range sent it: one estimate, 15 minutes. */
  public static TicketPrint withoutWaitRange() {
    TicketPrint t = flexibleEmploymentInChinese();
    return new TicketPrint(
        t.officeName(),
        t.number(),
        t.serviceName(),
        t.language(),
        t.laneName(),
        t.issuedAt(),
        t.position(),
        t.estimatedWaitSeconds(),
        null,
        t.waitingArea(),
        t.documents(),
        t.trackingUrl(),
        t.footer());
  }

  /** The same ticket for an English-speaking visitor. */
  public static TicketPrint flexibleEmploymentInEnglish() {
    return withLanguage(TicketPrint.EN, null);
  }

  /** The Chinese ticket on the elderly lane, where the lane is configured to show. */
  public static TicketPrint elderlyLaneShown() {
    return withLanguage(TicketPrint.ZH, Map.of("zh-CN", "老年人", "en", "Elderly"));
  }

  private static TicketPrint withLanguage(String language, Map<String, String> lane) {
    return new TicketPrint(
        Map.of("zh-CN", "市社会保险服务大厅", "en", "City Social Insurance Service Hall"),
        "A012",
        Map.of("zh-CN", "灵活就业人员参保", "en", "Flexible employment insurance enrolment"),
        language,
        lane,
        NINE_FIFTEEN,
        3,
        900,
        new TicketPrint.WaitRange(9, 28),
        Map.of("zh-CN", "一楼 A 区等候", "en", "Ground floor, zone A"),
        List.of(
            Map.of("zh-CN", "居民身份证原件", "en", "Resident ID card (original)"),
            Map.of("zh-CN", "社会保障卡", "en", "Social security card"),
            Map.of("zh-CN", "户口簿（外地户籍可带居住证）", "en", "Household register or residence permit")),
        TRACKING_URL,
        Map.of(
            "zh-CN",
            "请保管好此票，过号请重新取号",
            "en",
            "Keep this ticket. If you miss your call, take a new one."));
  }

  /** A ticket with only the required fields. */
  public static TicketPrint minimal(String language) {
    return new TicketPrint(
        Map.of("zh-CN", "服务大厅"),
        "B001",
        Map.of(language, "B"),
        language,
        null,
        NINE_FIFTEEN,
        0,
        0,
        null,
        null,
        null,
        null,
        null);
  }
}
