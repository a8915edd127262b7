package org.hallqueue.server.queue;

/** Whether a counter is taking visitors. */
public enum CounterStatus {
  OPEN,
  PAUSED,
  CLOSED
}
