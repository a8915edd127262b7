package org.hallqueue.server.events;

import java.time.Instant;

/**
 * A ticket to print on a kiosk: the kiosk device, its place on the floor plan (when it told the
 * server), and the ticket by id and number. The kiosk fetches what it prints with the request's id.
 */
public record PrintRequestView(
    String id, String device, String kiosk, long ticket, String number, Instant at) {}
