package org.hallqueue.printer.layout;

import java.util.Map;
import java.util.Set;

/**
 * The ticket's fixed words in each language. Every key exists in every language (a test checks it);
 * {@code %s} and {@code %d} are filled by {@link TicketLayout}.
 */
final class Labels {

  static final Map<String, Map<String, String>> BY_LANGUAGE =
      Map.of(
          "zh-CN",
          Map.ofEntries(
              Map.entry("lane", "优先通道：%s"),
              Map.entry("issued", "取号时间：%s"),
              Map.entry("ahead", "前面还有 %d 人等候"),
              Map.entry("next", "您是下一位，请留意叫号"),
              Map.entry("wait", "预计等待：约 %s"),
              Map.entry("waitNone", "预计等待：很快"),
              Map.entry("waitRange", "预计等候 %d–%d 分钟"),
              Map.entry("minutes", "%d 分钟"),
              Map.entry("hoursMinutes", "%d 小时 %d 分钟"),
              Map.entry("waitingArea", "等候区域：%s"),
              Map.entry("documents", "请准备好以下材料："),
              Map.entry("scan", "扫码查看排队进度"),
              Map.entry("slipTitle", "预约凭条（预约码是唯一凭证）"),
              Map.entry("slipDate", "预约日期：%s"),
              Map.entry("slipTime", "预约时段：%s–%s"),
              Map.entry("slipCheckIn", "签到时间：%s–%s"),
              Map.entry("slipHow", "请到自助机扫码或输入预约码签到"),
              Map.entry("slipScan", "在自助机“预约签到”扫描此码")),
          "en",
          Map.ofEntries(
              Map.entry("lane", "Priority lane: %s"),
              Map.entry("issued", "Issued: %s"),
              Map.entry("ahead", "%d waiting ahead of you"),
              Map.entry("next", "You are next, please watch the screen"),
              Map.entry("wait", "Estimated wait: about %s"),
              Map.entry("waitNone", "Estimated wait: very soon"),
              Map.entry("waitRange", "About %d–%d minutes"),
              Map.entry("minutes", "%d min"),
              Map.entry("hoursMinutes", "%d h %d min"),
              Map.entry("waitingArea", "Please wait at: %s"),
              Map.entry("documents", "Please have ready:"),
              Map.entry("scan", "Scan to follow your place in the queue"),
              Map.entry("slipTitle", "Appointment slip (the code is your only proof)"),
              Map.entry("slipDate", "Date: %s"),
              Map.entry("slipTime", "Time: %s–%s"),
              Map.entry("slipCheckIn", "Check in between %s and %s"),
              Map.entry("slipHow", "At a kiosk, scan the QR code below or type the code"),
              Map.entry("slipScan", "Scan this at the kiosk's \"Check in\"")));

  private final Map<String, String> words;

  Labels(String language) {
    this.words = BY_LANGUAGE.get(language);
    if (words == null) {
      throw new IllegalArgumentException("no ticket labels for language " + language);
    }
  }

  String get(String key, Object... args) {
    String pattern = words.get(key);
    if (pattern == null) {
      throw new IllegalStateException("missing ticket label " + key);
    }
    return args.length == 0 ? pattern : String.format(pattern, args);
  }

  static Set<String> languages() {
    return BY_LANGUAGE.keySet();
  }
}
