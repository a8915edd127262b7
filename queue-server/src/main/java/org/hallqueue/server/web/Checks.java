package org.hallqueue.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects the problems of a document so that all of them are reported at once, the first {@value
 * #MAX_LISTED} in full and the rest counted. Holds the one rule for texts people read ({@link
 * #text}).
 */
public final class Checks {
  public static final List<String> LANGUAGES = List.of("zh-CN", "en");

  /** Problems listed in full; beyond them only their number is kept. */
  public static final int MAX_LISTED = 100;

  private final List<FieldProblem> problems = new ArrayList<>();
  private int notListed;

  public Checks problem(String field, String message) {
    return add(new FieldProblem(field, message));
  }

  public Checks problem(String field, String message, Map<String, String> messages) {
    return add(new FieldProblem(field, message, messages));
  }

  private Checks add(FieldProblem problem) {
    if (problems.size() < MAX_LISTED) {
      problems.add(problem);
    } else {
      notListed++;
    }
    return this;
  }

  public boolean require(boolean ok, String field, String message) {
    if (!ok) {
      problem(field, message);
    }
    return ok;
  }

  public boolean present(Object value, String field) {
    return require(value != null, field, "is required");
  }

  public void matches(String value, Pattern pattern, String field, String expectation) {
    if (present(value, field)) {
      require(pattern.matcher(value).matches(), field, expectation);
    }
  }

  /**
   * A text people read (a name, a label, a zone): at most {@code maxLength} characters, none of
   * them a control, zero-width, bidirectional-override or other invisible formatting character;
   * line breaks only where {@code lines} allows them. Absent ({@code null}) is not checked.
   */
  public boolean text(String value, String field, int maxLength, boolean lines) {
    if (value == null) {
      return true;
    }
    int length = value.codePointCount(0, value.length());
    if (length > maxLength) {
      problem(field, "is longer than " + maxLength + " characters (" + length + ")");
      return false;
    }
    String refused = TextRule.refused(value, lines);
    if (refused != null) {
      problem(field, "contains " + refused + ", which is not allowed in a text people read");
      return false;
    }
    return true;
  }

  /** A text shown to visitors: both languages, non-empty, one line, not absurdly long. */
  public void bilingual(Map<String, String> text, String field, int maxLength) {
    bilingual(text, field, maxLength, false);
  }

  /** As {@link #bilingual(Map, String, int)}, with line breaks allowed where {@code lines}. */
  public void bilingual(Map<String, String> text, String field, int maxLength, boolean lines) {
    if (!present(text, field)) {
      return;
    }
    for (String language : LANGUAGES) {
      String value = text.get(language);
      if (value == null || value.isBlank()) {
        problem(field + "." + language, "is missing: every visitor-facing text needs zh-CN and en");
      } else {
        text(value, field + "." + language, maxLength, lines);
      }
    }
    for (String language : text.keySet()) {
      if (!LANGUAGES.contains(language)) {
        problem(field + "." + quote(language), "is not a supported language (zh-CN, en)");
      }
    }
  }

  /** Each entry of {@code values} at most once; a repeated entry is named by its index. */
  public void distinct(List<?> values, String field) {
    if (values == null) {
      return;
    }
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        problem(field + "[" + i + "]", "repeats " + quote(String.valueOf(values.get(i))));
      }
    }
  }

  /** A value to quote in a message: cut to 40 characters so that no large input is echoed. */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    return "'" + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "'";
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  /** How many problems were found beyond the {@value #MAX_LISTED} listed. */
  public int notListed() {
    return notListed;
  }

  public void addAll(List<FieldProblem> more) {
    more.forEach(this::add);
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, notListed);
    }
  }
}
