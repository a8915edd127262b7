package org.hallqueue.server.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hallqueue.server.events.AccessEnded;
import org.hallqueue.server.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in browser sessions of each staff account, so that disabling an account, changing its
 * role or resetting its password signs that person out everywhere at once: their next page or API
 * request is refused and their live event connections are closed.
 */
@Component
public class StaffSessions {
  private final SessionRegistry registry = new SessionRegistryImpl();
  private final ApplicationEventPublisher publisher;

  public StaffSessions(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  public SessionRegistry registry() {
    return registry;
  }

  /** Ends every session of {@code username}; returns how many there were. */
  public int endAll(String username) {
    int ended = 0;
    for (Object principal : registry.getAllPrincipals()) {
      if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
        for (SessionInformation session : registry.getAllSessions(principal, false)) {
          session.expireNow();
          ended++;
        }
      }
    }
    publisher.publishEvent(new AccessEnded(username));
    return ended;
  }

  /** What an ended session's next request gets: a problem for the API, the sign-in page else. */
  public SessionInformationExpiredStrategy whenEnded() {
    return (SessionInformationExpiredEvent event) -> {
      HttpServletRequest request = event.getRequest();
      HttpServletResponse response = event.getResponse();
      String uri = request.getRequestURI();
      if (uri.startsWith("/api/") || uri.startsWith("/ws/")) {
        Problems.write(
            response,
            HttpStatus.UNAUTHORIZED,
            "Signed out",
            "Your account was changed or disabled by an administrator; sign in again.",
            "Authorization");
      } else {
        redirect(response, "/login?ended");
      }
    };
  }

  private static void redirect(HttpServletResponse response, String to) throws IOException {
    response.sendRedirect(to);
  }
}
