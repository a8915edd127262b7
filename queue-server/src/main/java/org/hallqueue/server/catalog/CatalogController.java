package org.hallqueue.server.catalog;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only catalog: services, lanes and counters. */
@RestController
@RequestMapping("/api/v1")
class CatalogController {
  private final CatalogStore catalog;

  CatalogController(CatalogStore catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/services")
  List<ServiceDoc> services() {
    return catalog.services().stream().map(ServiceDoc::of).toList();
  }

  @GetMapping("/lanes")
  List<LaneDoc> lanes() {
    return catalog.lanes().stream().map(LaneDoc::of).toList();
  }

  @GetMapping("/counters")
  List<CounterDoc> counters() {
    return catalog.counters().stream().map(CounterDoc::of).toList();
  }
}
