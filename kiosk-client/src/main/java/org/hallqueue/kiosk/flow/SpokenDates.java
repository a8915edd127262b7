package org.hallqueue.kiosk.flow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hallqueue.floorplans.model.Lang;

/** Days as they are said aloud: "12月7日 星期一", "Monday 7 December". */
final class SpokenDates {
  private static final DateTimeFormatter CHINESE =
      DateTimeFormatter.ofPattern("M月d日 EEEE", Locale.SIMPLIFIED_CHINESE);
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  private SpokenDates() {}

  static String day(LocalDate date, Lang lang) {
    return (lang == Lang.EN ? ENGLISH : CHINESE).format(date);
  }
}
