package org.hallqueue.server.staff;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
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
  Map<String, Object> me(Principal who, CsrfToken csrf) {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("username", who.getName());
    String role = "MANAGER";
    if (who instanceof Authentication auth) {
      for (GrantedAuthority a : auth.getAuthorities()) {
        if ("ROLE_ADMIN".equals(a.getAuthority())) {
          role = "ADMIN";
        }
      }
    }
    me.put("role", role);
    if (csrf != null) {
      me.put("csrf", Map.of("header", csrf.getHeaderName(), "token", csrf.getToken()));
    }
    return me;
  }
}
