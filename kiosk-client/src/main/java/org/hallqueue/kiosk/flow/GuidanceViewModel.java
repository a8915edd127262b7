package org.hallqueue.kiosk.flow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.Text;

/**
 * Finding what the visitor needs: the guidance questions one at a time (question screen), the list
 * of services for a visitor who knows (services screen), and where either ends (result screen): a
 * service with its documents and online alternative, or an answer without a ticket.
 */
public final class GuidanceViewModel {

  private final ReadOnlyObjectProperty<Catalog> catalog;
  private final Navigation navigation;

  private final ReadOnlyObjectWrapper<Catalog.Question> question = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper();
  private final ReadOnlyObjectWrapper<Catalog.Outcome> outcome = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Catalog.Service> service = new ReadOnlyObjectWrapper<>();
  private final Deque<Catalog.Question> asked = new ArrayDeque<>();

  GuidanceViewModel(ReadOnlyObjectProperty<Catalog> catalog, Navigation navigation) {
    this.catalog = catalog;
    this.navigation = navigation;
    // the service shown or being ticketed follows its new description, unless it is gone
    catalog.addListener(
        (o, before, now) -> {
          Catalog.Service s = service.get();
          if (s != null && now != null) {
            service.set(now.service(s.code()).orElse(s));
          }
        });
  }

  /** The services, lanes and guidance the kiosk shows (the service list follows it). */
  public ReadOnlyObjectProperty<Catalog> catalogProperty() {
    return catalog;
  }

  public ReadOnlyObjectProperty<Catalog.Question> questionProperty() {
    return question.getReadOnlyProperty();
  }

  /** The number of the question shown, 1 for the first. */
  public ReadOnlyIntegerProperty stepProperty() {
    return step.getReadOnlyProperty();
  }

  /** How the guidance ended, or null when the visitor picked a service directly. */
  public ReadOnlyObjectProperty<Catalog.Outcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  /** The service chosen, for the result, the lane and the ticket; null when none. */
  public ReadOnlyObjectProperty<Catalog.Service> serviceProperty() {
    return service.getReadOnlyProperty();
  }

  public void answer(int index) {
    navigation.touched();
    Catalog.Answer a = question.get().answers().get(index);
    if (a.next().isPresent()) {
      Optional<Catalog.Question> next = catalog.get().guidance().question(a.next().get());
      if (next.isPresent()) {
        asked.push(question.get());
        step.set(step.get() + 1);
        question.set(next.get());
        return;
      }
    }
    Catalog.Outcome o =
        a.result()
            .orElse(
                new Catalog.Outcome(Catalog.OutcomeKind.STAFF, Optional.empty(), Text.of("", "")));
    outcome.set(o);
    service.set(o.service().flatMap(catalog.get()::service).orElse(null));
    navigation.go(Screen.RESULT);
  }

  /** The list of services, for a visitor who knows what they need. */
  public void showServices() {
    navigation.touched();
    navigation.go(Screen.SERVICES);
  }

  public void chooseService(String code) {
    navigation.touched();
    Optional<Catalog.Service> chosen = catalog.get().service(code);
    if (chosen.isEmpty()) {
      return; // removed just now: the list is being redrawn without it
    }
    outcome.set(null);
    service.set(chosen.get());
    navigation.go(Screen.RESULT);
  }

  /** From the result to the (optional) lane choice. */
  public void takeTicket() {
    navigation.touched();
    if (service.get() != null) {
      navigation.go(Screen.LANE);
    }
  }

  /** The visitor has their answer (no ticket needed): the visit ends. */
  public void done() {
    navigation.startOver();
  }

  /** Starts the guidance at its first question, or at the service list when it has none. */
  void begin() {
    Catalog.Question first =
        catalog.get().guidance().question(catalog.get().guidance().start()).orElse(null);
    asked.clear();
    outcome.set(null);
    service.set(null);
    if (first == null) {
      navigation.go(Screen.SERVICES);
      return;
    }
    question.set(first);
    step.set(1);
    navigation.go(Screen.QUESTION);
  }

  /** Back to the previous question; false on the first. */
  boolean previousQuestion() {
    if (asked.isEmpty()) {
      return false;
    }
    step.set(step.get() - 1);
    question.set(asked.pop());
    return true;
  }

  void reset() {
    asked.clear();
    question.set(null);
    step.set(0);
    outcome.set(null);
    service.set(null);
  }

  /** What voice reads for the question on show. */
  String spokenQuestion(AccessibilityViewModel words) {
    StringBuilder s = new StringBuilder();
    Catalog.Question q = question.get();
    s.append(words.text(q.text())).append(' ');
    for (int i = 0; i < q.answers().size(); i++) {
      s.append(words.text("speech.choice", i + 1, words.text(q.answers().get(i).label())))
          .append(' ');
    }
    return s.toString();
  }

  /** What voice reads for the result on show. */
  String spokenResult(AccessibilityViewModel words) {
    StringBuilder s = new StringBuilder();
    if (outcome.get() != null) {
      s.append(words.text(outcome.get().message())).append(' ');
    }
    Catalog.Service chosen = service.get();
    if (chosen != null) {
      s.append(words.text(chosen.name())).append(". ").append(words.text("result.bring"));
      chosen.documents().forEach(d -> s.append(' ').append(words.text(d)).append(','));
    }
    return s.toString();
  }

  /** What voice reads for the service list: its title and every service with its number. */
  String spokenServices(AccessibilityViewModel words) {
    StringBuilder s = new StringBuilder(words.sentence(words.text("services.title")));
    List<Catalog.Service> services = catalog.get().services();
    for (int i = 0; i < services.size(); i++) {
      s.append(words.text("speech.choice", i + 1, words.text(services.get(i).name()))).append(' ');
    }
    return s.toString().trim();
  }
}
