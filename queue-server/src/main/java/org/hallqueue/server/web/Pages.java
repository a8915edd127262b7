package org.hallqueue.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the pages: each is a plain HTML file from {@code templates/} whose script modules live in
 * {@code static/}; the server only fills in the CSRF token, so the page and its token arrive
 * together, and includes the shared parts ({@code {{> name}}}). The features own their routes
 * ({@link PageController}, the tracking page).
 */
@Component
public class Pages {
  /**
   * Scripts only from this server; the WebSocket to this server; no inline script (also /admin).
   */
  public static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self' ws: wss:; media-src 'self' data:; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'self'";

  private static final Pattern PART = Pattern.compile("\\{\\{> ([a-z-]+)}}");

  private final Map<String, String> templates = new ConcurrentHashMap<>();

  /** The named template with this request's CSRF token, never cached, under the pages' policy. */
  public ResponseEntity<String> page(String name, HttpStatus status, HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String token = csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken());
    String html = templates.computeIfAbsent(name, Pages::load).replace("{{csrf}}", token);
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", POLICY)
        .header("Referrer-Policy", "no-referrer")
        .body(html);
  }

  /** The template with each {@code {{> part}}} replaced by {@code templates/parts/part.html}. */
  private static String load(String name) {
    return PART.matcher(read("templates/" + name + ".html"))
        .replaceAll(m -> Matcher.quoteReplacement(read("templates/parts/" + m.group(1) + ".html")));
  }

  private static String read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
