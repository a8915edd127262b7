package org.hallqueue.server.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock a test moves by hand. Started at an instant it stands still until moved; started without
 * one it runs with the system clock, moved ahead by what the test adds, so a server sees the
 * minutes a visitor waits without the test waiting for them. Copies made with {@link #withZone}
 * move with it.
 */
public final class MovableClock extends Clock {
  private static final long RUNNING = Long.MIN_VALUE;

  /** The instant it stands at in milliseconds, or {@link #RUNNING} for the system clock. */
  private final AtomicLong standing;

  private final AtomicLong aheadMillis;
  private final ZoneId zone;

  /** The system clock, moved forward by {@link #advance}. */
  public MovableClock() {
    this(new AtomicLong(RUNNING), new AtomicLong(), ZoneOffset.UTC);
  }

  /** A clock standing at {@code start} until moved. */
  public MovableClock(Instant start) {
    this(new AtomicLong(start.toEpochMilli()), new AtomicLong(), ZoneOffset.UTC);
  }

  private MovableClock(AtomicLong standing, AtomicLong aheadMillis, ZoneId zone) {
    this.standing = standing;
    this.aheadMillis = aheadMillis;
    this.zone = zone;
  }

  /** Stands the clock at {@code instant}. */
  public void moveTo(Instant instant) {
    aheadMillis.set(0);
    standing.set(instant.toEpochMilli());
  }

  public void advance(Duration by) {
    aheadMillis.addAndGet(by.toMillis());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new MovableClock(standing, aheadMillis, other);
  }

  @Override
  public long millis() {
    long at = standing.get();
    return (at == RUNNING ? System.currentTimeMillis() : at) + aheadMillis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }
}
