package org.hallqueue.server.learning;

import jakarta.servlet.http.HttpServletRequest;
import org.hallqueue.server.web.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The visitor's "learn while you wait" page: the game and the pension calculator. */
@Controller
class LearningPage {
  private final Pages pages;

  LearningPage(Pages pages) {
    this.pages = pages;
  }

  @GetMapping({"/learn", "/learn/"})
  ResponseEntity<String> learn(HttpServletRequest request) {
    return pages.page("learn", HttpStatus.OK, request);
  }
}
