package org.hallqueue.server.simulation;

/**
 * Time-weighted counts by clock hour of the day: people waiting (in all and by zone) and busy
 * counters.
 */
final class HourlyLoad {
  final double[] waitingArea;
  final double[] busyArea;
  final int[] waitingMax;
  final double[][] zoneArea;
  final int[][] zoneMax;
  private final int hours;

  HourlyLoad(int hours, int zones) {
    this.hours = hours;
    this.waitingArea = new double[hours];
    this.busyArea = new double[hours];
    this.waitingMax = new int[hours];
    this.zoneArea = new double[zones][hours];
    this.zoneMax = new int[zones][hours];
  }

  /** Adds the time from {@code from} to {@code to} (seconds) with the counts constant. */
  void advance(double from, double to, int waiting, int busy, int[] byZone) {
    if ((waiting == 0 && busy == 0) || to <= from) {
      return;
    }
    int h = (int) (from / 3600);
    while (from < to && h < hours) {
      double end = Math.min(to, (h + 1) * 3600.0);
      waitingArea[h] += waiting * (end - from);
      busyArea[h] += busy * (end - from);
      for (int z = 0; z < byZone.length; z++) {
        zoneArea[z][h] += byZone[z] * (end - from);
      }
      from = end;
      h++;
    }
  }

  /** Someone joined the queue: the hour's highest counts may rise. */
  void waiting(double at, int waiting, int zone, int inZone) {
    int h = (int) (at / 3600);
    if (h >= hours) {
      return;
    }
    waitingMax[h] = Math.max(waitingMax[h], waiting);
    if (zone >= 0) {
      zoneMax[zone][h] = Math.max(zoneMax[zone][h], inZone);
    }
  }
}
