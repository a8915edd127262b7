package org.hallqueue.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.server.devices.DeviceAuthentication;
import org.hallqueue.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser page may open the event WebSocket with a staff session only when it comes from this
 * server itself (the origin whose host and port the request was sent to) or from an origin in
 * {@code queue.allowed-origins}: a page of another origin cannot read live events with a signed-in
 * staff member's cookie. Clients without an {@code Origin} (not browsers) and devices with their
 * token are not concerned.
 */
final class SocketOrigins extends OncePerRequestFilter {
  private final Set<String> allowed;

  SocketOrigins(List<String> allowedOrigins) {
    this.allowed =
        allowedOrigins.stream()
            .map(String::trim)
            .filter(o -> !o.isEmpty())
            .map(o -> o.toLowerCase(Locale.ROOT).replaceAll("/+$", ""))
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/ws/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String origin = request.getHeader("Origin");
    if (origin == null
        || request.getAttribute(DeviceAuthentication.AUTHENTICATED) != null
        || allowed(origin, request.getHeader("Host"))) {
      chain.doFilter(request, response);
      return;
    }
    Problems.write(
        response,
        HttpStatus.FORBIDDEN,
        "Origin not allowed",
        "Live events open only from this server's own pages or an origin listed in"
            + " queue.allowed-origins.",
        "Origin");
  }

  private boolean allowed(String origin, String host) {
    String o = origin.toLowerCase(Locale.ROOT);
    if (allowed.contains(o)) {
      return true;
    }
    try {
      URI uri = URI.create(o);
      String authority = uri.getRawAuthority();
      return authority != null && host != null && authority.equals(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
