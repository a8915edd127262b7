package org.hallqueue.server.tickets;

import jakarta.servlet.http.HttpServletRequest;
import org.hallqueue.server.web.Pages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The visitor's phone page behind the ticket's QR code. */
@Controller
class TrackingPage {
  private final Pages pages;
  private final TicketStore tickets;

  TrackingPage(Pages pages, TicketStore tickets) {
    this.pages = pages;
    this.tickets = tickets;
  }

  /** An unknown code gets the same friendly page, with 404 so nothing caches it as a ticket. */
  @GetMapping("/t/{token}")
  ResponseEntity<String> track(@PathVariable String token, HttpServletRequest request) {
    boolean known = token.length() <= 100 && tickets.byTrackingToken(token).isPresent();
    return pages.page("track", known ? HttpStatus.OK : HttpStatus.NOT_FOUND, request);
  }
}
