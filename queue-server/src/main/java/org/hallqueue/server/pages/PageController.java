package org.hallqueue.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hallqueue.server.tickets.TicketStore;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages: sign-in, the counter dashboard, the display board and the visitor's phone page. Each
 * is a plain HTML file from {@code templates/} whose script modules live in {@code static/}; the
 * server only fills in the CSRF token, so the page and its token arrive together.
 */
@Controller
class PageController {
  /** Scripts only from this server; the WebSocket to this server; no inline script. */
  private static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self' ws: wss:; media-src 'self' data:; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'self'";

  private final TicketStore tickets;
  private final Map<String, String> templates = new ConcurrentHashMap<>();

  PageController(TicketStore tickets) {
    this.tickets = tickets;
  }

  @GetMapping("/login")
  ResponseEntity<String> login(HttpServletRequest request) {
    return page("login", HttpStatus.OK, request);
  }

  @GetMapping({"/staff", "/staff/"})
  ResponseEntity<String> staff(HttpServletRequest request) {
    return page("staff", HttpStatus.OK, request);
  }

  @GetMapping({"/display", "/display/"})
  ResponseEntity<String> display(HttpServletRequest request) {
    return page("display", HttpStatus.OK, request);
  }

  /** An unknown code gets the same friendly page, with 404 so nothing caches it as a ticket. */
  @GetMapping("/t/{token}")
  ResponseEntity<String> track(@PathVariable String token, HttpServletRequest request) {
    boolean known = token.length() <= 100 && tickets.byTrackingToken(token).isPresent();
    return page("track", known ? HttpStatus.OK : HttpStatus.NOT_FOUND, request);
  }

  private ResponseEntity<String> page(String name, HttpStatus status, HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String token = csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken());
    String html = templates.computeIfAbsent(name, PageController::load).replace("{{csrf}}", token);
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", POLICY)
        .header("Referrer-Policy", "no-referrer")
        .body(html);
  }

  private static String load(String name) {
    try (InputStream in = new ClassPathResource("templates/" + name + ".html").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
