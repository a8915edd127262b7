package org.hallqueue.server.appointments;

/**
 * {@code POST /api/v1/appointments} body: the service, the slot's start (an instant, or the
 * office's local date-time {@code 2026-03-03T09:30}), the visitor's lane and language.
 */
public record BookRequest(String service, String start, String lane, String language) {}
