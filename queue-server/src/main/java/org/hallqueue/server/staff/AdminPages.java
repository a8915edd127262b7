package org.hallqueue.server.staff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Serves the console's page and tells it who is signed in and which CSRF token to send. */
@Controller
class AdminPages {

  @GetMapping("/admin")
  String redirect() {
    return "redirect:/admin/";
  }

  @GetMapping("/admin/")
  String page() {
    return "forward:/admin/index.html";
  }

  /** Reading the token here also stores it, so the page can send it back with each change. */
  @GetMapping("/api/v1/admin/me")
  @ResponseBody
  Me me(Principal who, CsrfToken csrf) {
    String role = "MANAGER";
    if (who instanceof Authentication auth) {
      for (GrantedAuthority a : auth.getAuthorities()) {
        if ("ROLE_ADMIN".equals(a.getAuthority())) {
          role = "ADMIN";
        }
      }
    }
    return new Me(
        who.getName(),
        role,
        csrf == null ? null : new Me.Csrf(csrf.getHeaderName(), csrf.getToken()));
  }

  /** Who is signed in to the console, and the CSRF header and token its changes send. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Me(String username, String role, Csrf csrf) {
    record Csrf(String header, String token) {}
  }
}
