package org.hallqueue.server.simulation;

/** A share of the visitors served for {@code from} whom the counter then sends on to {@code to}. */
public record Transfer(String from, String to, double share) {}
