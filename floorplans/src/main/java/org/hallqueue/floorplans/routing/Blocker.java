package org.hallqueue.floorplans.routing;

import org.hallqueue.floorplans.geometry.Polygon;

/**
 * Something routes go around: a wall piece, an obstacle, or steps in step-free mode. Routes keep
 * {@code clearance} away from it (the {@code grown} shape), except right next to a start or end
 * point that itself lies within the clearance, where only the {@code raw} shape counts.
 */
record Blocker(String id, Polygon raw, Polygon grown) {}
