package org.hallqueue.server.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import org.hallqueue.server.queue.CallReason;
import org.hallqueue.server.queue.Ticket;

/**
 * A ticket as the API shows it. The tracking token and URL are only given to whoever issued the
 * ticket and to staff; events never carry them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketView(
    long id,
    String number,
    String service,
    String lane,
    String language,
    String status,
    Instant issuedAt,
    Instant queuedAt,
    String counter,
    int recallCount,
    int transferCount,
    Instant calledAt,
    Instant startedAt,
    Instant finishedAt,
    @JsonUnwrapped Place place,
    @JsonUnwrapped Tracking tracking,
    CallReason reason) {

  /**
   * Where a waiting ticket stands: the estimate in seconds (for clients that compute with it) and
   * the range to show instead of one falsely precise number, derived from the same estimate.
   */
  public record Place(Integer position, Long estimatedWaitSeconds, WaitRange estimatedWait) {
    public static Place of(Integer position, Long estimatedWaitSeconds) {
      return new Place(
          position,
          estimatedWaitSeconds,
          estimatedWaitSeconds == null ? null : WaitRange.around(estimatedWaitSeconds));
    }
  }

  /** How the visitor follows the ticket on a phone. */
  public record Tracking(String trackingToken, String trackingUrl) {}

  public static TicketView of(Ticket t) {
    return new TicketView(
        t.id(),
        t.number(),
        t.service(),
        t.lane(),
        t.language(),
        t.status().name(),
        t.issuedAt(),
        t.queuedAt(),
        t.counterId(),
        t.recallCount(),
        t.transferCount(),
        t.calledAt(),
        t.startedAt(),
        t.finishedAt(),
        null,
        null,
        null);
  }

  @JsonIgnore
  public Integer position() {
    return place == null ? null : place.position();
  }

  @JsonIgnore
  public Long estimatedWaitSeconds() {
    return place == null ? null : place.estimatedWaitSeconds();
  }

  @JsonIgnore
  public WaitRange estimatedWait() {
    return place == null ? null : place.estimatedWait();
  }

  @JsonIgnore
  public String trackingToken() {
    return tracking == null ? null : tracking.trackingToken();
  }

  @JsonIgnore
  public String trackingUrl() {
    return tracking == null ? null : tracking.trackingUrl();
  }

  public TicketView withPlace(Integer position, Long estimatedWaitSeconds) {
    return with(Place.of(position, estimatedWaitSeconds), tracking, reason);
  }

  public TicketView withTracking(String token, String url) {
    return with(place, new Tracking(token, url), reason);
  }

  public TicketView withReason(CallReason why) {
    return with(place, tracking, why);
  }

  /** This ticket with another place, tracking or reason: the one copy of the ticket's fields. */
  private TicketView with(Place newPlace, Tracking newTracking, CallReason newReason) {
    return new TicketView(
        id,
        number,
        service,
        lane,
        language,
        status,
        issuedAt,
        queuedAt,
        counter,
        recallCount,
        transferCount,
        calledAt,
        startedAt,
        finishedAt,
        newPlace,
        newTracking,
        newReason);
  }
}
