package org.hallqueue.server.web;

/**
 * One thing wrong with a request, naming the field (a JSON path such as {@code services[2].name}).
 */
public record FieldProblem(String field, String message) {}
