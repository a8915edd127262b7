package org.hallqueue.server.simulation;

/** Time-weighted counts by clock hour of the day: people waiting and busy counters. */
final class HourlyLoad {
  final double[] waitingArea;
  final double[] busyArea;
  final int[] waitingMax;
  private final int hours;

  HourlyLoad(int hours) {
    this.hours = hours;
    this.waitingArea = new double[hours];
    this.busyArea = new double[hours];
    this.waitingMax = new int[hours];
  }

  /** Adds the time from {@code from} to {@code to} (seconds) with the counts constant. */
  void advance(double from, double to, int waiting, int busy) {
    if ((waiting == 0 && busy == 0) || to <= from) {
      return;
    }
    int h = (int) (from / 3600);
    while (from < to && h < hours) {
      double end = Math.min(to, (h + 1) * 3600.0);
      waitingArea[h] += waiting * (end - from);
      busyArea[h] += busy * (end - from);
      from = end;
      h++;
    }
  }

  void waiting(double at, int waiting) {
    int h = (int) (at / 3600);
    if (h < hours && waiting > waitingMax[h]) {
      waitingMax[h] = waiting;
    }
  }
}
