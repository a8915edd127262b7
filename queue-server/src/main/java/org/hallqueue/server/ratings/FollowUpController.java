package org.hallqueue.server.ratings;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follow-ups of bad ratings. Managers ({@code /api/v1/admin/ratings/follow-ups}) see and work all
 * of them; staff ({@code /api/v1/ratings/follow-ups/mine}) see those about themselves and appeal.
 */
@RestController
class FollowUpController {
  private final FollowUpDesk desk;

  FollowUpController(FollowUpDesk desk) {
    this.desk = desk;
  }

  record StatusChange(String status, String note) {}

  record OwnerChange(String owner) {}

  record NoteText(String text) {}

  @GetMapping("/api/v1/admin/ratings/follow-ups")
  List<FollowUp> list(
      @RequestParam(required = false) FollowUpStatus status,
      @RequestParam(required = false) Boolean appealed,
      @RequestParam(defaultValue = "false") boolean overdue) {
    return desk.list(new FollowUps.Filter(status, null, appealed, overdue));
  }

  @GetMapping("/api/v1/admin/ratings/follow-ups/{id}")
  FollowUp get(@PathVariable long id) {
    return desk.get(id);
  }

  @PostMapping("/api/v1/admin/ratings/follow-ups/{id}/status")
  FollowUp move(
      @PathVariable long id, @RequestBody(required = false) StatusChange body, Principal who) {
    return desk.move(
        id, body == null ? null : body.status(), body == null ? null : body.note(), who.getName());
  }

  @PostMapping("/api/v1/admin/ratings/follow-ups/{id}/owner")
  FollowUp assign(@PathVariable long id, @RequestBody(required = false) OwnerChange body) {
    return desk.assign(id, body == null ? null : body.owner());
  }

  @PostMapping("/api/v1/admin/ratings/follow-ups/{id}/notes")
  FollowUp note(
      @PathVariable long id, @RequestBody(required = false) NoteText body, Principal who) {
    return desk.note(id, body == null ? null : body.text(), who.getName());
  }

  @GetMapping("/api/v1/ratings/follow-ups/mine")
  List<FollowUp> mine(Principal who) {
    return desk.list(new FollowUps.Filter(null, who.getName(), null, false));
  }

  @PostMapping("/api/v1/ratings/follow-ups/{id}/appeal")
  FollowUp appeal(
      @PathVariable long id, @RequestBody(required = false) NoteText body, Principal who) {
    return desk.appeal(id, body == null ? null : body.text(), who.getName());
  }
}
