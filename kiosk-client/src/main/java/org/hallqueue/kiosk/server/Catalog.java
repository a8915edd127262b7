package org.hallqueue.kiosk.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.floorplans.model.Office;

/** What the kiosk shows, read once from the server: services, lanes, guidance, floorplan. */
public record Catalog(
    List<Service> services, List<Lane> lanes, Guidance guidance, Optional<Office> office) {

  public Catalog {
    services = List.copyOf(services);
    lanes = List.copyOf(lanes);
  }

  /** A service visitors can take a ticket for. */
  public record Service(
      String code,
      Text name,
      Text description,
      List<Text> documents,
      Optional<Online> online,
      String zone) {
    public Service {
      documents = List.copyOf(documents);
    }
  }

  /** Where a service can be done online instead. */
  public record Online(Text name, String url) {}

  /** A queue lane; {@code standard} is the default one. */
  public record Lane(String code, Text name, Text description, boolean showOnTicket) {}

  /** The guidance questions; {@code start} is the first. */
  public record Guidance(String start, Map<String, Question> questions) {
    public Guidance {
      questions = new LinkedHashMap<>(questions);
    }

    public Optional<Question> question(String id) {
      return Optional.ofNullable(questions.get(id));
    }
  }

  /** One guidance question with its answers. */
  public record Question(String id, Text text, Text help, List<Answer> answers) {
    public Question {
      answers = List.copyOf(answers);
    }
  }

  /** An answer leads to another question ({@code next}) or to a result. */
  public record Answer(Text label, Optional<String> next, Optional<Outcome> result) {}

  /** How the guidance ends. */
  public enum OutcomeKind {
    SERVICE,
    ONLINE,
    STAFF,
    INFO
  }

  /** The end of a guidance path: a service (maybe online), staff help or information. */
  public record Outcome(OutcomeKind kind, Optional<String> service, Text message) {}

  public Optional<Service> service(String code) {
    return services.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Every text that is missing in one of the two languages, described for a technician. */
  public List<String> untranslated() {
    List<String> missing = new ArrayList<>();
    for (Service s : services) {
      check(missing, "service " + s.code() + " name", s.name());
      check(missing, "service " + s.code() + " description", s.description());
      for (int i = 0; i < s.documents().size(); i++) {
        check(missing, "service " + s.code() + " document " + i, s.documents().get(i));
      }
      s.online().ifPresent(o -> check(missing, "service " + s.code() + " online", o.name()));
    }
    for (Lane l : lanes) {
      check(missing, "lane " + l.code() + " name", l.name());
      check(missing, "lane " + l.code() + " description", l.description());
    }
    for (Question q : guidance.questions().values()) {
      check(missing, "question " + q.id(), q.text());
      if (!q.help().isEmpty()) {
        check(missing, "question " + q.id() + " help", q.help());
      }
      for (int i = 0; i < q.answers().size(); i++) {
        Answer a = q.answers().get(i);
        check(missing, "question " + q.id() + " answer " + i, a.label());
        a.result().ifPresent(r -> check(missing, "question " + q.id() + " result", r.message()));
      }
    }
    return missing;
  }

  private static void check(List<String> missing, String what, Text text) {
    if (!text.complete()) {
      missing.add(what + ": " + text);
    }
  }
}
