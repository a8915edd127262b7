package org.hallqueue.server.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * A kiosk's call for a person: the kiosk device, its place on the floor plan and that place's name,
 * when it was raised, and who accepted it when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HelpCallView(
    String id,
    String device,
    String deviceName,
    String kiosk,
    Map<String, String> kioskName,
    Instant requestedAt,
    String acceptedBy,
    Instant acceptedAt) {}
