package org.hallqueue.server.events;

/** A committed event: its place in the log and its JSON as clients receive it. */
public record Event(long seq, String type, String json) {}
