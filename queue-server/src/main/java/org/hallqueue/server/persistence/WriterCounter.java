package org.hallqueue.server.persistence;

import java.util.function.LongSupplier;

/**
 * A number that counts up from the highest one in a table (a ticket id, an event seq) without
 * asking the database for each row: the writer reads the highest once per batch (one indexed read
 * for all the changes it commits together) and counts on from it, and reads it again after a change
 * that rolled back. A row written outside the writer between two batches (a restore, a repair by
 * hand) is therefore never numbered over. Outside the writer's changes every call reads.
 */
public final class WriterCounter {
  private static final long UNKNOWN = -1;

  private final Writes writes;
  private final LongSupplier highest;

  /** The last number handed out in the writer's changes; {@link #UNKNOWN} until read. */
  private long last = UNKNOWN;

  /** The batch in which {@link #last} was last read from the table. */
  private long readInBatch = -1;

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
    if (last == UNKNOWN || readInBatch != writes.batchNumber()) {
      last = Math.max(last, highest.getAsLong());
      readInBatch = writes.batchNumber();
    }
    writes.onRollback(() -> last = UNKNOWN);
    return ++last;
  }
}
