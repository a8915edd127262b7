package org.hallqueue.server.simulation;

import org.hallqueue.server.queue.Ticket;

/** One simulated visitor: their ticket as the live queue would hold it, and what they will do. */
final class Visitor {
  Ticket ticket;
  final double arrivedAt;
  final int lane;
  final int service;
  final double serviceSeconds;
  final boolean noShow;
  final boolean needsRecall;
  final int transferTarget;
  final double transferSeconds;

  /** Which service's queue the visitor is in or was last in. */
  int queue;

  boolean transferred;
  boolean served;
  double calledAt = -1;
  double estimate;
  double baseline;
  double lastToEnter;

  Visitor(
      Ticket ticket,
      double arrivedAt,
      int lane,
      int service,
      double serviceSeconds,
      boolean noShow,
      boolean needsRecall,
      int transferTarget,
      double transferSeconds) {
    this.ticket = ticket;
    this.arrivedAt = arrivedAt;
    this.lane = lane;
    this.service = service;
    this.queue = service;
    this.serviceSeconds = serviceSeconds;
    this.noShow = noShow;
    this.needsRecall = needsRecall;
    this.transferTarget = transferTarget;
    this.transferSeconds = transferSeconds;
  }

  boolean called() {
    return calledAt >= 0;
  }

  double waitSeconds() {
    return calledAt - arrivedAt;
  }
}
