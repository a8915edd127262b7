package org.hallqueue.server.devices;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hallqueue.server.events.AccessEnded;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Problems;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
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

  /**
   * Set on a request that a valid device token authenticated (the device's id): only such a request
   * goes without a CSRF token, never one that merely carries an {@code access_token}.
   */
  public static final String AUTHENTICATED = DeviceAuthentication.class.getName() + ".device";

  private final DeviceRepository devices;
  private final DeviceContact contact;
  private final Clock clock;
  private final Writes writes;

  /**
   * Token hash → the device it belongs to, for devices that are not revoked; filled by requests,
   * emptied whenever a device changes. {@link #generation} counts those changes, so a lookup that
   * raced with one does not store what it read before it.
   */
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private final AtomicLong generation = new AtomicLong();

  private record Known(String id, Device.Kind kind) {}

  public DeviceAuthentication(
      DeviceRepository devices, DeviceContact contact, Clock clock, Writes writes) {
    this.devices = devices;
    this.contact = contact;
    this.clock = clock;
    this.writes = writes;
  }

  /** A revoked device (published after the revoke committed) is refused from now on. */
  @EventListener
  void accessEnded(AccessEnded ended) {
    if (ended.principal().startsWith(PREFIX)) {
      forgetAll();
    }
  }

  /**
   * Any saved or deleted device (Spring Data JDBC publishes these inside the writing transaction):
   * forget at once, and again once the change commits or rolls back.
   */
  @EventListener
  void deviceWritten(AfterSaveEvent<?> saved) {
    if (saved.getEntity() instanceof Device) {
      forgetAllNowAndAtCommit();
    }
  }

  @EventListener
  void deviceDeleted(AfterDeleteEvent<?> deleted) {
    if (Device.class.equals(deleted.getType())) {
      forgetAllNowAndAtCommit();
    }
  }

  private void forgetAllNowAndAtCommit() {
    forgetAll();
    if (writes.inChange()) {
      writes.afterCommit(this::forgetAll);
      writes.onRollback(this::forgetAll);
    }
  }

  private void forgetAll() {
    generation.incrementAndGet();
    known.clear();
  }

  private Optional<Known> device(String token) {
    String hash = DeviceTokens.hash(token);
    Known cached = known.get(hash);
    if (cached != null) {
      return Optional.of(cached);
    }
    long before = generation.get();
    Optional<Known> found =
        devices
            .findByTokenHash(hash)
            .filter(d -> !d.revoked())
            .map(d -> new Known(d.id(), d.kind()));
    found.ifPresent(
        d -> {
          known.put(hash, d);
          if (generation.get() != before) {
            known.remove(hash, d); // a device changed meanwhile: what was read may be outdated
          }
        });
    return found;
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
    Optional<Known> device = device(token.get());
    if (device.isEmpty()) {
      Problems.write(
          response,
          HttpStatus.UNAUTHORIZED,
          "Unknown or revoked device token",
          "The device token is not valid; create a new device in the manager console.",
          "Authorization");
      return;
    }
    Known d = device.get();
    contact.seen(d.id(), clock.instant());
    var auth =
        new UsernamePasswordAuthenticationToken(
            PREFIX + d.id(), null, List.of(new SimpleGrantedAuthority("ROLE_" + d.kind().name())));
    // A context of its own: never the one a browser session holds.
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    request.setAttribute(AUTHENTICATED, d.id());
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
