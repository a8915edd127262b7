package org.hallqueue.floorplans.validation;

import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.format.JsonNumbers;
import org.hallqueue.floorplans.model.LocalizedText;
import tools.jackson.core.JsonPointer;

/**
 * The plain-words messages for a floorplan beyond {@link org.hallqueue.floorplans.FloorplanLimits}.
 */
final class LimitMessages {
  private LimitMessages() {}

  static Problem tooMany(JsonPointer pointer, String field, int count, int limit) {
    return counted("too-many", pointer, field, count, limit, "项", "items");
  }

  static Problem tooManyPoints(JsonPointer pointer, String field, int count, int limit) {
    return counted("too-many-points", pointer, field, count, limit, "个点", "points");
  }

  private static Problem counted(
      String code, JsonPointer pointer, String field, int count, int limit, String zh, String en) {
    return new Problem(
        code,
        pointer.toString(),
        LocalizedText.of(
            "“" + field + "”有 " + count + " " + zh + "，最多只能有 " + limit + " " + zh + "。",
            "\"" + field + "\" has " + count + " " + en + "; at most " + limit + " are allowed."));
  }

  static Problem tooManyPointsOnFloor(JsonPointer pointer, long count, int limit) {
    return new Problem(
        "too-many-points",
        pointer.toString(),
        LocalizedText.of(
            "这一层的墙、障碍物、台阶和等候区共有 " + count + " 个点，最多只能有 " + limit + " 个点。",
            "The walls, obstacles, steps and waiting zones of this floor have "
                + count
                + " points together; at most "
                + limit
                + " are allowed."));
  }

  static Problem tooLarge(JsonPointer pointer, String field, double value, double limit) {
    String shown = Double.isFinite(value) ? JsonNumbers.format(value) : String.valueOf(value);
    String max = JsonNumbers.format(limit);
    return new Problem(
        "too-large",
        pointer.toString(),
        LocalizedText.of(
            "“" + field + "”是 " + shown + "，必须是不超过 " + max + " 米的有限数。",
            "\""
                + field
                + "\" is "
                + shown
                + "; it must be a finite number of at most "
                + max
                + " m."));
  }

  static Problem outOfBounds(JsonPointer pointer, double limit) {
    String max = JsonNumbers.format(limit);
    return new Problem(
        "out-of-bounds",
        pointer.toString(),
        LocalizedText.of(
            "坐标必须是 -" + max + " 到 " + max + " 米之间的有限数。",
            "Coordinates must be finite numbers between -" + max + " and " + max + " m."));
  }
}
