package org.hallqueue.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** Writes an RFC 9457 problem document where no controller advice is reached (filters). */
public final class Problems {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  public static void write(
      HttpServletResponse response, HttpStatus status, String title, String detail, String field)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    if (field != null) {
      problem.put("field", field);
    }
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
