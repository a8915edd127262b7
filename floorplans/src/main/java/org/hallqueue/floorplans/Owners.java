package org.hallqueue.floorplans;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a content problem is just a consequence of a shape problem in the same part of
 * the file (a wall whose point is mistyped was read as [0, 0] and may then seem to block a door),
 * so only the cause is shown.
 */
final class Owners {
  private static final Pattern LIST_ITEM =
      Pattern.compile("/(walls|obstacles|levelChanges|elements|connectors|floors|stops)/\\d+");

  /** Shape problems after which the reader used a stand-in value. */
  private static final Set<String> STAND_INS =
      Set.of("missing-field", "wrong-type", "out-of-range", "too-few-points", "bad-value");

  private Owners() {}

  /** The list item a pointer lies in ({@code /floors/0/elements/3}), or the pointer itself. */
  static String owner(String pointer) {
    Matcher m = LIST_ITEM.matcher(pointer);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end > 0 ? pointer.substring(0, end) : pointer;
  }

  /** Content problems that a wrong floor size or level can cause. */
  private static final Set<String> FLOOR_DEPENDENT =
      Set.of("outside-floor", "inside-obstacle", "unknown-floor", "duplicate-floor");

  /** Whether {@code content} should be left out because {@code shape} explains it. */
  static boolean explains(Problem shape, Problem content) {
    if (!STAND_INS.contains(shape.code())) {
      return false;
    }
    String owner = owner(shape.pointer());
    if (owner.matches("/floors/\\d+")) {
      // a floor's own field (its size or level): only placement on that floor is in doubt
      return FLOOR_DEPENDENT.contains(content.code())
          && (content.pointer().startsWith(owner + "/") || content.code().equals("unknown-floor"));
    }
    return content.pointer().equals(owner) || content.pointer().startsWith(owner + "/");
  }
}
