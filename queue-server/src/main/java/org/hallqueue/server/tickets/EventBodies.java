package org.hallqueue.server.tickets;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hallqueue.server.queue.CallReason;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;

/** The bodies of ticket and counter events: who, what, where, and why. */
public final class EventBodies {
  private EventBodies() {}

  public static Map<String, Object> ticket(Ticket ticket, Counter counter, String by) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ticket", TicketView.of(ticket));
    if (counter != null) {
      body.put("counter", counter(counter));
    }
    if (by != null) {
      body.put("by", by);
    }
    return body;
  }

  public static Map<String, Object> call(
      Ticket ticket, Counter counter, CallReason reason, String by) {
    Map<String, Object> body = ticket(ticket, counter, by);
    if (reason != null) {
      body.put("reason", reason);
    }
    body.put("announcement", announcement(ticket, counter));
    return body;
  }

  public static Map<String, Object> counter(Counter c) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", c.id());
    view.put("number", c.number());
    view.put("name", c.name());
    view.put("status", c.status().name());
    if (c.zone() != null) {
      view.put("zone", c.zone());
    }
    return view;
  }

  /** The hall's customary call, e.g. 请 A012 号到 3 号窗口办理. */
  public static Map<String, String> announcement(Ticket ticket, Counter counter) {
    String number = ticket.number();
    return Map.of(
        "zh-CN", "请 " + number + " 号到 " + counter.number() + " 号窗口办理",
        "en", "Number " + number + ", please go to counter " + counter.number());
  }
}
