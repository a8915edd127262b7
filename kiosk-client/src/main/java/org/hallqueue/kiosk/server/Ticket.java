package org.hallqueue.kiosk.server;

import java.time.Instant;

/** A ticket as the server issued it. */
public record Ticket(
    long id,
    String number,
    String service,
    String lane,
    Instant issuedAt,
    int position,
    long estimatedWaitSeconds,
    String trackingUrl) {}
