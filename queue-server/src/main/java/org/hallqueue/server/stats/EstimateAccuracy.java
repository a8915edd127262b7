package org.hallqueue.server.stats;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hallqueue.server.queue.EstimateRange;

/**
 * How well the wait shown on the ticket at issue came true, over called tickets that stored their
 * estimate: the mean absolute error in minutes, the share called within the range the ticket showed
 * ({@link EstimateRange}), and the share that waited longer than estimated. In total and per office
 * day.
 */
public record EstimateAccuracy(@JsonUnwrapped Figures total, List<Day> byDay) {

  /** The accuracy of one group of tickets; shares and error are null when none was measured. */
  public record Figures(
      int measured,
      Double meanAbsoluteErrorMinutes,
      Double withinRangeShare,
      Double underPredictedShare) {}

  /** One office day's accuracy. */
  public record Day(String day, @JsonUnwrapped Figures figures) {}

  /** Sums the tickets of a report as they are read. */
  static final class Tally {
    private final Sums total = new Sums();
    private final Map<String, Sums> days = new TreeMap<>();

    void add(TicketFacts.Fact f) {
      Long wait = f.waitSeconds();
      Long estimate = f.estimatedWaitSeconds();
      if (wait == null || estimate == null) {
        return;
      }
      total.add(wait, estimate);
      days.computeIfAbsent(f.officeDay(), d -> new Sums()).add(wait, estimate);
    }

    EstimateAccuracy result() {
      List<Day> byDay = new ArrayList<>();
      days.forEach((day, sums) -> byDay.add(new Day(day, sums.figures())));
      return new EstimateAccuracy(total.figures(), byDay);
    }
  }

  private static final class Sums {
    private int measured;
    private long absoluteErrorSeconds;
    private int withinRange;
    private int underPredicted;

    void add(long waitSeconds, long estimateSeconds) {
      measured++;
      absoluteErrorSeconds += Math.abs(waitSeconds - estimateSeconds);
      if (EstimateRange.around(Duration.ofSeconds(estimateSeconds))
          .contains(Duration.ofSeconds(waitSeconds))) {
        withinRange++;
      }
      if (waitSeconds > estimateSeconds) {
        underPredicted++;
      }
    }

    Figures figures() {
      if (measured == 0) {
        return new Figures(0, null, null, null);
      }
      return new Figures(
          measured,
          absoluteErrorSeconds / 60.0 / measured,
          (double) withinRange / measured,
          (double) underPredicted / measured);
    }
  }
}
