package org.hallqueue.server.simulation;

/** Something that happens at a moment of the simulated day; equal times keep scheduling order. */
final class Event implements Comparable<Event> {
  static final int ARRIVAL = 0;
  static final int OPEN = 1;
  static final int CLOSE = 2;
  static final int END = 3;
  static final int RECALL = 4;

  final double time;
  final long sequence;
  final int kind;
  final int ref;

  Event(double time, long sequence, int kind, int ref) {
    this.time = time;
    this.sequence = sequence;
    this.kind = kind;
    this.ref = ref;
  }

  @Override
  public int compareTo(Event other) {
    int byTime = Double.compare(time, other.time);
    return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
  }
}
