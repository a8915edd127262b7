package org.hallqueue.server.persistence;

import java.util.function.LongSupplier;

/**
 * A number that counts up from the highest one in a table (a ticket id, an event seq) without
 * asking the database each time: the writer reads the highest once and counts on from it, and reads
 * it again after a change that rolled back. Outside the writer's changes every call reads. Only for
 * a table whose rows only the writer inserts.
 */
public final class WriterCounter {
  private static final long UNKNOWN = -1;

  private final Writes writes;
  private final LongSupplier highest;

  /** The last number handed out in the writer's changes; {@link #UNKNOWN} until read. */
  private long last = UNKNOWN;

  /**
   * @param highest reads the highest number in the table (0 when it is empty)
   */
  public WriterCounter(Writes writes, LongSupplier highest) {
    this.writes = writes;
    this.highest = highest;
  }

  /** The next number, in the calling transaction: one more than the highest written so far. */
  public long next() {
    if (!writes.inChange()) {
      return highest.getAsLong() + 1;
    }
    if (last == UNKNOWN) {
      last = highest.getAsLong();
    }
    writes.onRollback(() -> last = UNKNOWN);
    return ++last;
  }
}
