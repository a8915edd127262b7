package org.hallqueue.server.ratings;

import jakarta.servlet.http.HttpServletRequest;
import org.hallqueue.server.web.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The counter-side rating screen: a small tablet beside the counter (device kind RATER). */
@Controller
class RatePage {
  private final Pages pages;

  RatePage(Pages pages) {
    this.pages = pages;
  }

  @GetMapping({"/rate", "/rate/"})
  ResponseEntity<String> rate(HttpServletRequest request) {
    return pages.page("rate", HttpStatus.OK, request);
  }
}
