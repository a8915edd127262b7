package org.hallqueue.floorplans.model;

import org.hallqueue.floorplans.geometry.Point;

/** Where a connector is entered or left on one floor. */
public record ConnectorStop(int floor, Point at) {}
