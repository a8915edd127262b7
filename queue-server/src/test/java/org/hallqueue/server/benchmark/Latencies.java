package org.hallqueue.server.benchmark;

import java.util.Arrays;

/** A bounded, thread-safe record of latencies in nanoseconds, with exact percentiles. */
final class Latencies {
  private final long[] values;
  private int size;

  Latencies(int capacity) {
    this.values = new long[capacity];
  }

  synchronized void add(long nanos) {
    if (size < values.length) { // beyond capacity a sample is left out (capacities are ample)
      values[size++] = nanos;
    }
  }

  synchronized int count() {
    return size;
  }

  synchronized long[] sorted() {
    long[] copy = Arrays.copyOf(values, size);
    Arrays.sort(copy);
    return copy;
  }

  /** Nearest-rank percentile in milliseconds, or NaN when empty. */
  double percentileMillis(double p) {
    long[] s = sorted();
    if (s.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * s.length);
    return s[Math.max(0, Math.min(s.length - 1, rank - 1))] / 1e6;
  }

  double maxMillis() {
    return percentileMillis(100);
  }
}
