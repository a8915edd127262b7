package org.hallqueue.server.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock in milliseconds, moved forward by a test: a server can be made to see the
 * minutes a visitor waits without the test waiting for them.
 */
public final class MovableClock extends Clock {
  private final AtomicLong aheadMillis;
  private final ZoneId zone;

  public MovableClock() {
    this(new AtomicLong(), ZoneId.of("UTC"));
  }

  private MovableClock(AtomicLong aheadMillis, ZoneId zone) {
    this.aheadMillis = aheadMillis;
    this.zone = zone;
  }

  public void advance(Duration by) {
    aheadMillis.addAndGet(by.toMillis());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MovableClock(aheadMillis, zone); // the same time, moved with this one
  }

  @Override
  public long millis() {
    return System.currentTimeMillis() + aheadMillis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }
}
