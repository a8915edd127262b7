package org.hallqueue.server.queue;

/** A waiting ticket with the reason for its place in the calling order. */
public record RankedTicket(Ticket ticket, CallReason reason) {}
