package org.hallqueue.server.simulation;

import java.util.Arrays;

/** A growing list of numbers with the statistics the results need. */
final class Samples {
  private double[] values = new double[64];
  private int size;
  private boolean sorted = true;

  void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
    sorted = false;
  }

  /** The i-th value (in the order added until a percentile sorts them). */
  double get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  double mean() {
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += values[i];
    }
    return sum / size;
  }

  /** The nearest-rank percentile, {@code p} from 0 to 1 (1 is the maximum). */
  double percentile(double p) {
    if (!sorted) {
      Arrays.sort(values, 0, size);
      sorted = true;
    }
    int rank = (int) Math.ceil(p * size);
    return values[Math.max(0, Math.min(size - 1, rank - 1))];
  }

  /** How many values are at most {@code limit}. */
  long atMost(double limit) {
    long n = 0;
    for (int i = 0; i < size; i++) {
      if (values[i] <= limit) {
        n++;
      }
    }
    return n;
  }
}
