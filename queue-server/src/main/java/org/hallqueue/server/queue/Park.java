package org.hallqueue.server.queue;

import java.time.Instant;

/**
 * A ticket put aside: while PARKED, {@code until} is when it comes back by itself; once back in the
 * queue, the moment it came back (which orders the tickets at the front of a service).
 *
 * @param reason the clerk's note (what the visitor fetches), or null
 */
public record Park(Instant until, String reason) {}
