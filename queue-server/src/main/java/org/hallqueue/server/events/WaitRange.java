package org.hallqueue.server.events;

import java.time.Duration;
import org.hallqueue.server.queue.EstimateRange;

/**
 * The wait a ticket shows, in whole minutes, as {@code "estimatedWait":{"fromMinutes":6,
 * "toMinutes":20}}: the {@link EstimateRange} around the estimate.
 */
public record WaitRange(long fromMinutes, long toMinutes) {

  public static WaitRange around(long estimatedWaitSeconds) {
    EstimateRange range = EstimateRange.around(Duration.ofSeconds(estimatedWaitSeconds));
    return new WaitRange(range.low().toMinutes(), range.high().toMinutes());
  }
}
