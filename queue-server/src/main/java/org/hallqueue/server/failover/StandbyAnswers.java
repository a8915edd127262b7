package org.hallqueue.server.failover;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What a standby server answers while another server is the active one, before any other filter:
 * {@code /actuator/health} says {@code STANDBY} (503, so load balancers and clients go to the
 * active one; {@code "warm":true}: it takes over without a start), and every other request, the
 * event stream's included, is refused with 503 and a sentence in both languages, nothing read or
 * written. A health request still runs the real checks, their answer dropped: they read nothing of
 * the hall, and the first health request after a takeover finds its way warm. Once the server is
 * active, requests go through.
 */
final class StandbyAnswers extends OncePerRequestFilter {
  static final String REFUSAL =
      "{\"type\":\"about:blank\",\"title\":\"Standby server\",\"status\":503,"
          + "\"detail\":\"This server is the standby of another queue server and takes no"
          + " requests; use the active server. 本服务器是另一台叫号服务器的备用机，不受理请求；"
          + "请使用正在工作的服务器。\",\"role\":\"STANDBY\"}";

  static final String HEALTH = "{\"status\":\"STANDBY\",\"warm\":true}";

  private final Leadership leadership;

  StandbyAnswers(Leadership leadership) {
    this.leadership = leadership;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (leadership.active()) {
      chain.doFilter(request, response);
      return;
    }
    boolean health = request.getRequestURI().startsWith("/actuator/health");
    if (health) {
      chain.doFilter(request, new ContentCachingResponseWrapper(response)); // its body dropped
      response.reset();
    }
    byte[] body = (health ? HEALTH : REFUSAL).getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType(health ? "application/json" : "application/problem+json");
    response.setHeader("Retry-After", "5");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
