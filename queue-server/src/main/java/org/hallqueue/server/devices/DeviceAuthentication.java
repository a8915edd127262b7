package org.hallqueue.server.devices;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hallqueue.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates kiosks and display boards by their bearer token ({@code Authorization: Bearer …},
 * or {@code access_token=…} where a browser cannot set headers). The principal is {@code
 * device:<id>} with role KIOSK or DISPLAY.
 */
@Component
public class DeviceAuthentication extends OncePerRequestFilter {
  private static final String PREFIX = "device:";

  private final DeviceRepository devices;
  private final DeviceContact contact;
  private final Clock clock;

  public DeviceAuthentication(DeviceRepository devices, DeviceContact contact, Clock clock) {
    this.devices = devices;
    this.contact = contact;
    this.clock = clock;
  }

  /** The principal name a device authenticates as. */
  public static String principalName(String deviceId) {
    return PREFIX + deviceId;
  }

  /** The device id of an authenticated device principal. */
  public static String deviceId(Principal principal) {
    String name = principal.getName();
    if (!name.startsWith(PREFIX)) {
      throw new org.hallqueue.server.web.InvalidInputException(
          "Authorization", "this action is for devices; authenticate with the device's token");
    }
    return name.substring(PREFIX.length());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> token = token(request);
    if (token.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Device> device =
        devices.findByTokenHash(DeviceTokens.hash(token.get())).filter(d -> !d.revoked());
    if (device.isEmpty()) {
      Problems.write(
          response,
          HttpStatus.UNAUTHORIZED,
          "Unknown or revoked device token",
          "The device token is not valid; create a new device in the manager console.",
          "Authorization");
      return;
    }
    Device d = device.get();
    contact.seen(d.id(), clock.instant());
    var auth =
        new UsernamePasswordAuthenticationToken(
            PREFIX + d.id(), null, List.of(new SimpleGrantedAuthority("ROLE_" + d.kind().name())));
    SecurityContextHolder.getContext().setAuthentication(auth);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static Optional<String> token(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(header.substring(7).trim());
    }
    String param = request.getParameter("access_token");
    return Optional.ofNullable(param).filter(p -> !p.isBlank());
  }
}
