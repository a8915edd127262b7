package org.hallqueue.server.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.hallqueue.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The hooks the security chain uses for signing in: the form login's success and failure handlers
 * and a guard that refuses sign-in (form or HTTP Basic) while a name or address is locked out.
 */
@Component
public class SignIn {
  private static final Logger log = LoggerFactory.getLogger(SignIn.class);

  private final LoginAttempts attempts;
  private final StaffUserRepository users;
  private final Clock clock;

  SignIn(LoginAttempts attempts, StaffUserRepository users, Clock clock) {
    this.attempts = attempts;
    this.users = users;
    this.clock = clock;
  }

  /** Until when this account is locked from this address, if it is. */
  private Optional<Instant> lockedUntil(String name, String address) {
    boolean administrator =
        attempts.trusted(address)
            && name != null
            && users
                .findById(name.trim())
                .map(u -> u.role() == StaffUser.Role.ADMIN && u.enabled())
                .orElse(false);
    return attempts.lockedUntil(name, address, administrator);
  }

  /** After a good password: forget the name's failures, go where the user was going or /staff. */
  public AuthenticationSuccessHandler onSuccess() {
    SavedRequestAwareAuthenticationSuccessHandler next =
        new SavedRequestAwareAuthenticationSuccessHandler();
    next.setDefaultTargetUrl("/staff");
    return (request, response, authentication) -> {
      attempts.succeeded(authentication.getName(), request.getRemoteAddr());
      log.info("{} signed in from {}", authentication.getName(), request.getRemoteAddr());
      next.onAuthenticationSuccess(request, response, authentication);
    };
  }

  /** After a wrong password: count it, slow down, and say how many tries are left. */
  public AuthenticationFailureHandler onFailure() {
    return (request, response, exception) -> {
      String name = request.getParameter("username");
      String target;
      if (exception instanceof DisabledException) {
        target = "/login?error=disabled";
      } else if (exception instanceof BadCredentialsException
          || exception.getCause() instanceof BadCredentialsException) {
        int left = attempts.failed(name, request.getRemoteAddr());
        Optional<Instant> locked = lockedUntil(name, request.getRemoteAddr());
        if (locked.isPresent()) {
          log.warn("sign-in for '{}' locked after repeated failures", name);
          target = lockedUrl(locked.get());
        } else {
          target = "/login?error=bad&left=" + left;
        }
      } else {
        target = "/login?error=bad";
      }
      response.sendRedirect(request.getContextPath() + target);
    };
  }

  /**
   * Refuses sign-in attempts while locked, before any password is checked, and counts wrong HTTP
   * Basic passwords like wrong form sign-ins.
   */
  public OncePerRequestFilter guard() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String basicName = basicName(request);
        boolean formLogin =
            "POST".equals(request.getMethod())
                && "/login".equals(request.getServletPath())
                && basicName == null;
        String name = formLogin ? request.getParameter("username") : basicName;
        if (!formLogin && basicName == null) {
          chain.doFilter(request, response);
          return;
        }
        String address = request.getRemoteAddr();
        Optional<Instant> locked = lockedUntil(name, address);
        if (locked.isPresent()) {
          if (formLogin) {
            response.sendRedirect(request.getContextPath() + lockedUrl(locked.get()));
          } else {
            long seconds = secondsUntil(locked.get());
            response.setHeader("Retry-After", Long.toString(seconds));
            Problems.write(
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "Sign-in locked",
                "Too many wrong passwords; try again in "
                    + minutes(seconds)
                    + " min. 密码错误次数过多，请 "
                    + minutes(seconds)
                    + " 分钟后再试。",
                "Authorization");
          }
          return;
        }
        chain.doFilter(request, response);
        if (!formLogin) {
          if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            attempts.failed(name, address);
          } else if (response.getStatus() < 400) {
            attempts.succeeded(name, address);
          }
        }
      }
    };
  }

  private String lockedUrl(Instant until) {
    return "/login?error=locked&wait=" + secondsUntil(until);
  }

  private long secondsUntil(Instant until) {
    return Math.max(1, Duration.between(clock.instant(), until).toSeconds());
  }

  private static long minutes(long seconds) {
    return (seconds + 59) / 60;
  }

  private static String basicName(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
