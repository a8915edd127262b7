package org.hallqueue.server.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.queue.CallReason;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;
import tools.jackson.databind.JsonNode;

/**
 * Every state change the event log records, as the screens receive it: the log adds {@code seq},
 * {@code type} and {@code at} and writes the record's fields after them. Events carry what the
 * screens show (the ticket, the counter, the announcement), so a board or a dashboard follows the
 * queue from the events alone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface QueueEvent {

  @JsonIgnore
  EventType type();

  /** A ticket was issued, started, completed, transferred, cancelled or marked no-show. */
  record TicketChanged(
      @JsonIgnore EventType type, TicketView ticket, CounterView counter, String by)
      implements QueueEvent {

    public static TicketChanged of(EventType type, Ticket ticket, Counter counter, String by) {
      return new TicketChanged(type, TicketView.of(ticket), view(counter), by);
    }
  }

  /** A ticket was called or recalled to a counter, with the hall's spoken call. */
  record TicketCalled(
      @JsonIgnore EventType type,
      TicketView ticket,
      CounterView counter,
      CallReason reason,
      Map<String, String> announcement,
      String by)
      implements QueueEvent {

    public static TicketCalled of(
        EventType type, Ticket ticket, Counter counter, CallReason reason, String by) {
      return new TicketCalled(
          type,
          TicketView.of(ticket),
          view(counter),
          reason,
          announcement(ticket.number(), counter.number()),
          by);
    }

    /** The hall's customary call, e.g. 请 A012 号到 3 号窗口办理: the one place it is worded. */
    public static Map<String, String> announcement(String number, int counter) {
      return Map.of(
          "zh-CN", "请 " + number + " 号到 " + counter + " 号窗口办理",
          "en", "Number " + number + ", please go to counter " + counter);
    }
  }

  /** A counter opened, paused or closed. */
  record CounterStatusChanged(CounterView counter, String by) implements QueueEvent {
    @Override
    public EventType type() {
      return EventType.COUNTER_STATUS;
    }
  }

  /** A device reported its printer's state. */
  record DeviceStatusReported(DeviceView device) implements QueueEvent {
    @Override
    public EventType type() {
      return EventType.DEVICE_STATUS;
    }
  }

  /**
   * The office's configuration changed: {@code what} (service, lane, counter, staff, guidance,
   * floorplan, office-bundle…), how, by whom, and field by field where known.
   */
  record ConfigChanged(
      String what, String action, String key, String by, Long version, List<FieldChange> changes)
      implements QueueEvent {

    public static ConfigChanged of(String what, String by) {
      return new ConfigChanged(what, null, null, by, null, null);
    }

    @Override
    public EventType type() {
      return EventType.CONFIG_CHANGED;
    }
  }

  /** One field of a configuration change, from and to. */
  record FieldChange(String field, JsonNode from, JsonNode to) {}

  /** A floor assistant ticked a waiting ticket's documents (导办预审). */
  record TicketPrechecked(TicketView ticket, PrecheckView precheck, String by)
      implements QueueEvent {
    @Override
    public EventType type() {
      return EventType.TICKET_PRECHECKED;
    }
  }

  /** A floor assistant asked a kiosk to print a ticket; the kiosk answers with its status. */
  record PrintRequested(PrintRequestView print, String by) implements QueueEvent {
    @Override
    public EventType type() {
      return EventType.PRINT_REQUESTED;
    }
  }

  /** A visitor pressed 人工帮助 on a kiosk. */
  record HelpRequested(HelpCallView help) implements QueueEvent {
    @Override
    public EventType type() {
      return EventType.HELP_REQUESTED;
    }
  }

  /** A floor assistant took a kiosk's help call; the first to accept takes it. */
  record HelpAccepted(HelpCallView help, String by) implements QueueEvent {
    @Override
    public EventType type() {
      return EventType.HELP_ACCEPTED;
    }
  }

  /**
   * A visitor rated a finished visit (好差评): the ticket, where it was served and the score; never
   * the comment, which only managers read.
   */
  record TicketRated(
      long ticketId, String number, String service, String counter, int score, String channel)
      implements QueueEvent {
    @Override
    public EventType type() {
      return EventType.TICKET_RATED;
    }
  }

  /**
   * A ticket was parked (put aside until {@code until}) or came back from a park to the front of
   * its service ({@code until}: when it came back). The clerk's note stays off the event stream.
   */
  record TicketParked(
      @JsonIgnore EventType type, TicketView ticket, CounterView counter, Instant until, String by)
      implements QueueEvent {

    public static TicketParked of(EventType type, Ticket ticket, Counter counter, String by) {
      return new TicketParked(
          type, TicketView.of(ticket), view(counter), ticket.park().until(), by);
    }
  }

  /**
   * An appointment was booked, checked in (with the ticket it gave) or cancelled. Never the booking
   * code: it is the visitor's proof, and events reach every screen.
   */
  record AppointmentChanged(
      @JsonIgnore EventType type, Booking appointment, TicketView ticket, String by)
      implements QueueEvent {

    /** The slot an appointment holds: service, start, end, status, and where it was booked. */
    public record Booking(
        String service,
        java.time.Instant start,
        java.time.Instant end,
        String status,
        String channel) {}
  }

  private static CounterView view(Counter counter) {
    return counter == null ? null : CounterView.of(counter);
  }
}
