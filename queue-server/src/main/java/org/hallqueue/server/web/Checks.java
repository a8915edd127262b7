package org.hallqueue.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects the problems of a document so that all of them are reported at once. */
public final class Checks {
  public static final List<String> LANGUAGES = List.of("zh-CN", "en");
  private final List<FieldProblem> problems = new ArrayList<>();

  public Checks problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
    return this;
  }

  public Checks problem(String field, String message, Map<String, String> messages) {
    problems.add(new FieldProblem(field, message, messages));
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

  /** A text shown to visitors: both languages, non-empty, not absurdly long. */
  public void bilingual(Map<String, String> text, String field, int maxLength) {
    if (!present(text, field)) {
      return;
    }
    for (String language : LANGUAGES) {
      String value = text.get(language);
      if (value == null || value.isBlank()) {
        problem(field + "." + language, "is missing: every visitor-facing text needs zh-CN and en");
      } else if (value.length() > maxLength) {
        problem(field + "." + language, "is longer than " + maxLength + " characters");
      }
    }
    for (String language : text.keySet()) {
      if (!LANGUAGES.contains(language)) {
        problem(field + "." + language, "is not a supported language (zh-CN, en)");
      }
    }
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  public void addAll(List<FieldProblem> more) {
    problems.addAll(more);
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
