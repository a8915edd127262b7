package org.hallqueue.server.assist;

import jakarta.servlet.http.HttpServletRequest;
import org.hallqueue.server.web.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /assist}: the floor assistant's tablet page (STAFF). */
@Controller
class AssistPage {
  private final Pages pages;

  AssistPage(Pages pages) {
    this.pages = pages;
  }

  @GetMapping({"/assist", "/assist/"})
  ResponseEntity<String> assist(HttpServletRequest request) {
    return pages.page("assist", HttpStatus.OK, request);
  }
}
