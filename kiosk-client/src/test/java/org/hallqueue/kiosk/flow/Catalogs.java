package org.hallqueue.kiosk.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.floorplans.Floorplans;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.Text;

/**
 * Catalogs for tests: two services (A pension with documents and an online alternative, B medical),
 * three lanes and two guidance questions; with or without the district hall floorplan.
 */
final class Catalogs {
  private Catalogs() {}

  static final Catalog.Service PENSION =
      new Catalog.Service(
          "A",
          Text.of("养老保险", "Pension insurance"),
          Text.of("领取养老金", "Receiving a pension"),
          List.of(Text.of("身份证", "ID card"), Text.of("社保卡", "Social security card")),
          Optional.of(new Catalog.Online(Text.of("网上办理", "Online"), "https://example.gov/a")),
          "zone-a");

  static final Catalog.Service MEDICAL =
      new Catalog.Service(
          "B",
          Text.of("医疗保险", "Medical insurance"),
          Text.of("报销", "Reimbursement"),
          List.of(),
          Optional.empty(),
          "zone-b");

  static final List<Catalog.Lane> LANES =
      List.of(
          new Catalog.Lane("standard", Text.of("普通", "Standard"), Text.of("", ""), false),
          new Catalog.Lane(
              "elderly", Text.of("老年人", "Older visitors"), Text.of("70岁以上", "Over 70"), true),
          new Catalog.Lane("women", Text.of("孕妇", "Pregnant"), Text.of("孕期", "Pregnancy"), false));

  static final Catalog.Question FIRST =
      new Catalog.Question(
          "q1",
          Text.of("您今天来办什么事？", "What brings you here today?"),
          Text.of("", ""),
          List.of(
              new Catalog.Answer(Text.of("养老金", "A pension"), Optional.of("q2"), Optional.empty()),
              new Catalog.Answer(
                  Text.of("看病报销", "Medical costs"),
                  Optional.empty(),
                  Optional.of(
                      new Catalog.Outcome(
                          Catalog.OutcomeKind.SERVICE,
                          Optional.of("B"),
                          Text.of("请办理医疗保险", "Please use medical insurance")))),
              new Catalog.Answer(
                  Text.of("不确定", "Not sure"),
                  Optional.empty(),
                  Optional.of(
                      new Catalog.Outcome(
                          Catalog.OutcomeKind.STAFF,
                          Optional.empty(),
                          Text.of("请到咨询台", "Please ask at the information desk"))))));

  static final Catalog.Question SECOND =
      new Catalog.Question(
          "q2",
          Text.of("您退休了吗？", "Are you retired?"),
          Text.of("按法定年龄", "By the legal age"),
          List.of(
              new Catalog.Answer(
                  Text.of("是", "Yes"),
                  Optional.empty(),
                  Optional.of(
                      new Catalog.Outcome(
                          Catalog.OutcomeKind.SERVICE, Optional.of("A"), Text.of("", "")))),
              new Catalog.Answer(
                  Text.of("否", "No"),
                  Optional.empty(),
                  Optional.of(
                      new Catalog.Outcome(
                          Catalog.OutcomeKind.INFO,
                          Optional.empty(),
                          Text.of("今天不用办理", "Nothing to do today"))))));

  /** The services, lanes and guidance, without a floorplan. */
  static Catalog office() {
    return new Catalog(List.of(PENSION, MEDICAL), LANES, guidance(FIRST, SECOND), Optional.empty());
  }

  /** The same with the district hall floorplan (kiosk-1, waiting zones A and B). */
  static Catalog withFloorplan() {
    return withOffice(office(), districtHall());
  }

  /** The same without guidance questions. */
  static Catalog withoutGuidance() {
    return new Catalog(
        List.of(PENSION, MEDICAL), LANES, new Catalog.Guidance("q1", Map.of()), Optional.empty());
  }

  static Catalog withServices(Catalog c, Catalog.Service... services) {
    return new Catalog(List.of(services), c.lanes(), c.guidance(), c.office());
  }

  static Catalog withOffice(Catalog c, Office office) {
    return new Catalog(c.services(), c.lanes(), c.guidance(), Optional.of(office));
  }

  static Catalog.Guidance guidance(Catalog.Question... questions) {
    Map<String, Catalog.Question> byId = new LinkedHashMap<>();
    for (Catalog.Question q : questions) {
      byId.put(q.id(), q);
    }
    return new Catalog.Guidance("q1", byId);
  }

  /** The floorplans module's example office. */
  static Office districtHall() {
    try {
      String json = Files.readString(Path.of("../floorplans/examples/district-hall.json"));
      return Floorplans.read(json).office().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
