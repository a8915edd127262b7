package org.hallqueue.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** Writes an RFC 9457 problem document where no controller advice is reached (filters). */
public final class Problems {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The longest text (detail, message, field) a problem repeats from a request. */
  public static final int MAX_TEXT = 300;

  private Problems() {}

  /** {@code text} cut to {@value #MAX_TEXT} characters, so that no large input is echoed. */
  public static String cut(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
  }

  /** The problems with their fields and messages cut. */
  public static List<FieldProblem> cut(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> new FieldProblem(cut(p.field()), cut(p.message()), p.messages()))
        .toList();
  }

  public static void write(
      HttpServletResponse response, HttpStatus status, String title, String detail, String field)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", cut(detail));
    if (field != null) {
      problem.put("field", cut(field));
    }
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
