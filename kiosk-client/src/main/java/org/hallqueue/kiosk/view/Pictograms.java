package org.hallqueue.kiosk.view;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.Text;

/**
 * Which pictogram a service, a lane or a guidance answer gets: by the words of its English name
 * (managers name their own services and lanes; what no word fits gets the neutral pictogram), and
 * for an answer, the pictogram of the service it leads to.
 */
final class Pictograms {
  private Pictograms() {}

  static Pictogram forService(Catalog.Service service) {
    String name = english(service.name());
    if (has(name, "injur", "accident")) {
      return Pictogram.INJURY;
    }
    if (has(name, "card")) {
      return Pictogram.CARD;
    }
    if (has(name, "record", "certificat", "statement")) {
      return Pictogram.DOCUMENT;
    }
    if (has(name, "pension", "retire")) {
      return Pictogram.PENSION;
    }
    if (has(name, "moving", "move", "transfer")) {
      return Pictogram.TRANSFER;
    }
    if (has(name, "enrol", "insur", "register")) {
      return Pictogram.ENROL;
    }
    return Pictogram.FALLBACK;
  }

  static Pictogram forLane(Catalog.Lane lane) {
    String name = lane.code().toLowerCase(Locale.ROOT) + " " + english(lane.name());
    if (lane.code().equals("standard")) {
      return Pictogram.TICKET;
    }
    if (has(name, "elder", "older", "senior")) {
      return Pictogram.ELDERLY;
    }
    if (has(name, "disab", "wheel")) {
      return Pictogram.WHEELCHAIR;
    }
    if (has(name, "pregnan", "mother", "baby", "famil")) {
      return Pictogram.PRAM;
    }
    if (has(name, "women", "woman", "female")) {
      return Pictogram.WOMAN;
    }
    if (has(name, "migrant", "worker")) {
      return Pictogram.WORKER;
    }
    return Pictogram.FALLBACK;
  }

  /**
   * The answer's outcome, or the first service its later questions lead to; staff or information
   * where no service is at its end.
   */
  static Pictogram forAnswer(Catalog catalog, Catalog.Answer answer) {
    return outcome(catalog, answer, new HashSet<>()).orElse(Pictogram.FALLBACK);
  }

  private static Optional<Pictogram> outcome(
      Catalog catalog, Catalog.Answer answer, Set<String> seen) {
    if (answer.result().isPresent()) {
      Catalog.Outcome result = answer.result().get();
      return switch (result.kind()) {
        case SERVICE, ONLINE ->
            Optional.of(
                result
                    .service()
                    .flatMap(catalog::service)
                    .map(Pictograms::forService)
                    .orElse(Pictogram.INFO));
        case STAFF -> Optional.of(Pictogram.STAFF);
        case INFO -> Optional.of(Pictogram.INFO);
      };
    }
    String next = answer.next().orElse(null);
    if (next == null || !seen.add(next)) {
      return Optional.empty();
    }
    Optional<Catalog.Question> question = catalog.guidance().question(next);
    if (question.isEmpty()) {
      return Optional.empty();
    }
    Optional<Pictogram> fallback = Optional.empty();
    for (Catalog.Answer later : question.get().answers()) {
      Optional<Pictogram> found = outcome(catalog, later, seen);
      if (found.isPresent() && found.get() != Pictogram.STAFF && found.get() != Pictogram.INFO) {
        return found;
      }
      fallback = fallback.or(() -> found);
    }
    return fallback;
  }

  private static String english(Text text) {
    return text.en().toLowerCase(Locale.ROOT);
  }

  private static boolean has(String name, String... words) {
    for (String w : words) {
      if (name.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
