package org.hallqueue.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff pages: sign-in, the counter dashboard and the display board. */
@Controller
class PageController {
  private final Pages pages;

  PageController(Pages pages) {
    this.pages = pages;
  }

  @GetMapping("/login")
  ResponseEntity<String> login(HttpServletRequest request) {
    return pages.page("login", HttpStatus.OK, request);
  }

  @GetMapping({"/staff", "/staff/"})
  ResponseEntity<String> staff(HttpServletRequest request) {
    return pages.page("staff", HttpStatus.OK, request);
  }

  @GetMapping({"/display", "/display/"})
  ResponseEntity<String> display(HttpServletRequest request) {
    return pages.page("display", HttpStatus.OK, request);
  }
}
