package org.hallqueue.server.catalog;

import static org.hallqueue.server.changes.ConfigVersions.COUNTER;
import static org.hallqueue.server.changes.ConfigVersions.LANE;
import static org.hallqueue.server.changes.ConfigVersions.SERVICE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.server.catalog.CatalogForms.CounterForm;
import org.hallqueue.server.catalog.CatalogForms.LaneForm;
import org.hallqueue.server.catalog.CatalogForms.ServiceForm;
import org.hallqueue.server.changes.ConfigAudit;
import org.hallqueue.server.changes.ConfigVersions;
import org.hallqueue.server.changes.ConfigVersions.Stamp;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.FieldProblem;
import org.hallqueue.server.web.InvalidInputException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates, edits and deletes services, lanes and counters for the manager console. Each change
 * checks the version the manager read (a stale one is refused with who changed it and when), is
 * validated like an office bundle, and is saved with its CONFIG_CHANGED event in one transaction.
 * The queue reads the catalog on every decision, so a change applies without a restart.
 */
@Component
class CatalogEdits {

  private final CatalogStore catalog;
  private final ConfigVersions versions;
  private final ConfigAudit audit;
  private final CatalogInUse inUse;
  private final DocumentStore documents;
  private final Writes writes;
  private final Json json;

  CatalogEdits(
      CatalogStore catalog,
      ConfigVersions versions,
      ConfigAudit audit,
      CatalogInUse inUse,
      DocumentStore documents,
      Writes writes,
      Json json) {
    this.catalog = catalog;
    this.versions = versions;
    this.audit = audit;
    this.inUse = inUse;
    this.documents = documents;
    this.writes = writes;
    this.json = json;
  }

  // ---- services

  List<ObjectNode> services() {
    Map<String, Stamp> stamps = versions.all(SERVICE);
    List<Counter> counters = catalog.counters();
    return catalog.services().stream()
        .map(
            s -> {
              ObjectNode view = view(ServiceDoc.of(s), stamps.get(s.code()));
              var serving = view.putArray("counters");
              counters.stream().filter(c -> c.serves(s.code())).forEach(c -> serving.add(c.id()));
              return view;
            })
        .toList();
  }

  ObjectNode createService(ServiceForm form, String by) {
    ServiceDoc doc = requireBody(form).doc(strip(form.code()));
    Checks checks = new Checks();
    doc.check(checks, "");
    throwIfAny(checks);
    return writes.inTransaction(
        () -> {
          if (catalog.service(doc.code()).isPresent()) {
            throw new InvalidInputException(
                "code", "service " + doc.code() + " already exists; choose another letter");
          }
          catalog.saveService(doc.toService());
          return saved(SERVICE, doc.code(), by, "created", null, doc);
        });
  }

  ObjectNode updateService(String code, ServiceForm form, String by) {
    ServiceDoc doc = requireBody(form).doc(code);
    Checks checks = new Checks();
    sameKey(form.code(), code, "code", checks);
    checks.present(form.version(), ".version");
    doc.check(checks, "");
    throwIfAny(checks);
    return writes.inTransaction(
        () -> {
          ServiceDoc before =
              ServiceDoc.of(catalog.service(code).orElseThrow(() -> gone("service", code)));
          expectVersion(SERVICE, code, form.version(), before, "service", "业务");
          catalog.saveService(doc.toService());
          return saved(SERVICE, code, by, "updated", before, doc);
        });
  }

  void deleteService(String code, Long version, String by) {
    writes.inTransaction(
        () -> {
          ServiceDoc before =
              ServiceDoc.of(catalog.service(code).orElseThrow(() -> gone("service", code)));
          expectVersion(SERVICE, code, version, before, "service", "业务");
          inUse.refuseServiceDeletion(code);
          catalog.deleteService(code);
          audit.record("service", "deleted", code, by, null, audit.diff(before, null));
          return null;
        });
  }

  // ---- lanes

  List<ObjectNode> lanes() {
    Map<String, Stamp> stamps = versions.all(LANE);
    return catalog.lanes().stream().map(l -> view(LaneDoc.of(l), stamps.get(l.code()))).toList();
  }

  ObjectNode createLane(LaneForm form, String by) {
    LaneDoc doc = requireBody(form).doc(strip(form.code()));
    Checks checks = new Checks();
    doc.check(checks, "");
    throwIfAny(checks);
    return writes.inTransaction(
        () -> {
          if (catalog.lanesByCode().containsKey(doc.code())) {
            throw new InvalidInputException(
                "code", "lane " + doc.code() + " already exists; choose another code");
          }
          catalog.saveLane(doc.toLane());
          return saved(LANE, doc.code(), by, "created", null, doc);
        });
  }

  ObjectNode updateLane(String code, LaneForm form, String by) {
    LaneDoc doc = requireBody(form).doc(code);
    Checks checks = new Checks();
    sameKey(form.code(), code, "code", checks);
    checks.present(form.version(), ".version");
    doc.check(checks, "");
    throwIfAny(checks);
    return writes.inTransaction(
        () -> {
          Lane current = catalog.lanesByCode().get(code);
          if (current == null) {
            throw gone("lane", code);
          }
          LaneDoc before = LaneDoc.of(current);
          expectVersion(LANE, code, form.version(), before, "lane", "通道");
          catalog.saveLane(doc.toLane());
          return saved(LANE, code, by, "updated", before, doc);
        });
  }

  void deleteLane(String code, Long version, String by) {
    writes.inTransaction(
        () -> {
          Lane current = catalog.lanesByCode().get(code);
          if (current == null) {
            throw gone("lane", code);
          }
          LaneDoc before = LaneDoc.of(current);
          expectVersion(LANE, code, version, before, "lane", "通道");
          inUse.refuseLaneDeletion(code);
          catalog.deleteLane(code);
          audit.record("lane", "deleted", code, by, null, audit.diff(before, null));
          return null;
        });
  }

  // ---- counters

  List<ObjectNode> counters() {
    Map<String, Stamp> stamps = versions.all(COUNTER);
    return catalog.counters().stream()
        .map(c -> view(CounterDoc.of(c), stamps.get(c.id())))
        .toList();
  }

  ObjectNode createCounter(CounterForm form, String by) {
    CounterDoc doc = requireBody(form).doc(strip(form.id()), CounterStatus.CLOSED);
    Checks checks = new Checks();
    doc.check(checks, "");
    throwIfAny(checks);
    return writes.inTransaction(
        () -> {
          if (catalog.counter(doc.id()).isPresent()) {
            throw new InvalidInputException(
                "id", "counter " + doc.id() + " already exists; choose another id");
          }
          checkCounterReferences(doc, checks);
          throwIfAny(checks);
          catalog.saveCounter(doc.toCounter());
          return saved(COUNTER, doc.id(), by, "created", null, doc);
        });
  }

  ObjectNode updateCounter(String id, CounterForm form, String by) {
    requireBody(form);
    Checks checks = new Checks();
    sameKey(form.id(), id, "id", checks);
    checks.present(form.version(), ".version");
    form.doc(id, CounterStatus.CLOSED).check(checks, "");
    throwIfAny(checks);
    return writes.inTransaction(
        () -> {
          Counter current = catalog.counter(id).orElseThrow(() -> gone("counter", id));
          CounterDoc before = CounterDoc.of(current);
          expectVersion(COUNTER, id, form.version(), before, "counter", "窗口");
          CounterDoc doc = form.doc(id, current.status());
          checkCounterReferences(doc, checks);
          throwIfAny(checks);
          catalog.saveCounter(doc.toCounter());
          return saved(COUNTER, id, by, "updated", before, doc);
        });
  }

  void deleteCounter(String id, Long version, String by) {
    writes.inTransaction(
        () -> {
          Counter current = catalog.counter(id).orElseThrow(() -> gone("counter", id));
          CounterDoc before = CounterDoc.of(current);
          expectVersion(COUNTER, id, version, before, "counter", "窗口");
          inUse.refuseCounterDeletion(current);
          catalog.deleteCounter(id);
          audit.record("counter", "deleted", id, by, null, audit.diff(before, null));
          return null;
        });
  }

  private void checkCounterReferences(CounterDoc doc, Checks checks) {
    Set<String> services =
        catalog.services().stream().map(s -> s.code()).collect(Collectors.toSet());
    for (int i = 0; i < doc.services().size(); i++) {
      checks.require(
          services.contains(doc.services().get(i)),
          "services[" + i + "]",
          "is not a service of this office: " + doc.services().get(i));
    }
    if (doc.affinityLane() != null) {
      checks.require(
          catalog.lanesByCode().containsKey(doc.affinityLane()),
          "affinityLane",
          "is not a lane of this office: " + doc.affinityLane());
    }
    Optional<Counter> sameNumber =
        catalog.counters().stream()
            .filter(c -> c.number() == doc.number() && !c.id().equals(doc.id()))
            .findFirst();
    sameNumber.ifPresent(
        c -> checks.problem("number", "number " + c.number() + " is used by counter " + c.id()));
  }

  // ---- shared

  private ObjectNode saved(
      String kind, String key, String by, String action, Object before, Object after) {
    Stamp stamp = versions.sign(kind, key, by);
    audit.record(kind, action, key, by, stamp.version(), audit.diff(before, after));
    return view(after, stamp);
  }

  ObjectNode view(Object doc, Stamp stamp) {
    ObjectNode view = json.mapper().valueToTree(doc);
    view.put("version", stamp == null ? 0 : stamp.version());
    view.put("updatedAt", stamp == null ? null : stamp.updatedAt().toString());
    view.put("updatedBy", stamp == null ? null : stamp.updatedBy());
    return view;
  }

  private void expectVersion(
      String kind, String key, Long version, Object current, String en, String zh) {
    versions.expect(kind, key, version, stamp -> view(current, stamp), en, zh);
  }

  private static NotFoundException gone(String what, String key) {
    return new NotFoundException(
        "there is no " + what + " " + key + "; someone may have deleted it: reload the list");
  }

  private static <T> T requireBody(T form) {
    if (form == null) {
      throw new InvalidInputException("body", "a JSON request body is required");
    }
    return form;
  }

  private static void sameKey(String given, String path, String field, Checks checks) {
    if (given != null && !given.equals(path)) {
      checks.problem(
          "." + field, "cannot be changed; create a new one and delete this one instead");
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  /** Throws the problems with fields named from the item, e.g. {@code name.zh-CN}. */
  static void throwIfAny(Checks checks) {
    List<FieldProblem> problems =
        checks.problems().stream()
            .map(
                p ->
                    new FieldProblem(
                        p.field().startsWith(".") ? p.field().substring(1) : p.field(),
                        p.message(),
                        p.messages()))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
