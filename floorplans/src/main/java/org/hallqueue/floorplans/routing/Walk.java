package org.hallqueue.floorplans.routing;

import java.util.List;

/** A shortest path found by the network: its corners, connectors used and length. */
record Walk(List<PathPoint> points, List<String> via, double length) {}
