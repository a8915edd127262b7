package org.hallqueue.server.events;

/**
 * Published after a principal lost its access (a staff account disabled or changed, a device
 * revoked): its open event connections close at once. {@code principal} is the name the principal
 * authenticates as (a user name, or {@code device:<id>}).
 */
public record AccessEnded(String principal) {}
