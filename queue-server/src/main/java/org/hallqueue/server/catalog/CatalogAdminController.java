package org.hallqueue.server.catalog;

import java.security.Principal;
import java.util.List;
import org.hallqueue.server.catalog.CatalogForms.CounterForm;
import org.hallqueue.server.catalog.CatalogForms.LaneForm;
import org.hallqueue.server.catalog.CatalogForms.ServiceForm;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The office's services, lanes and counters for managers, each with its {@code version}. Edits and
 * deletes must send the version they read; a stale one is answered 409.
 */
@RestController
@RequestMapping("/api/v1/admin")
class CatalogAdminController {
  private final CatalogEdits edits;

  CatalogAdminController(CatalogEdits edits) {
    this.edits = edits;
  }

  @GetMapping("/services")
  List<ObjectNode> services() {
    return edits.services();
  }

  @PostMapping("/services")
  @ResponseStatus(HttpStatus.CREATED)
  ObjectNode createService(@RequestBody(required = false) ServiceForm form, Principal who) {
    return edits.createService(form, who.getName());
  }

  @PutMapping("/services/{code}")
  ObjectNode updateService(
      @PathVariable String code, @RequestBody(required = false) ServiceForm form, Principal who) {
    return edits.updateService(code, form, who.getName());
  }

  @DeleteMapping("/services/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteService(@PathVariable String code, @RequestParam long version, Principal who) {
    edits.deleteService(code, version, who.getName());
  }

  @GetMapping("/lanes")
  List<ObjectNode> lanes() {
    return edits.lanes();
  }

  @PostMapping("/lanes")
  @ResponseStatus(HttpStatus.CREATED)
  ObjectNode createLane(@RequestBody(required = false) LaneForm form, Principal who) {
    return edits.createLane(form, who.getName());
  }

  @PutMapping("/lanes/{code}")
  ObjectNode updateLane(
      @PathVariable String code, @RequestBody(required = false) LaneForm form, Principal who) {
    return edits.updateLane(code, form, who.getName());
  }

  @DeleteMapping("/lanes/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteLane(@PathVariable String code, @RequestParam long version, Principal who) {
    edits.deleteLane(code, version, who.getName());
  }

  @GetMapping("/counters")
  List<ObjectNode> counters() {
    return edits.counters();
  }

  @PostMapping("/counters")
  @ResponseStatus(HttpStatus.CREATED)
  ObjectNode createCounter(@RequestBody(required = false) CounterForm form, Principal who) {
    return edits.createCounter(form, who.getName());
  }

  @PutMapping("/counters/{id}")
  ObjectNode updateCounter(
      @PathVariable String id, @RequestBody(required = false) CounterForm form, Principal who) {
    return edits.updateCounter(id, form, who.getName());
  }

  @DeleteMapping("/counters/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteCounter(@PathVariable String id, @RequestParam long version, Principal who) {
    edits.deleteCounter(id, version, who.getName());
  }
}
