package org.hallqueue.server.tickets;

/** {@code POST /api/v1/tickets} body. */
public record IssueRequest(String service, String lane, String language) {}
