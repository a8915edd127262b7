package org.hallqueue.kiosk.flow;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.ServerException;
import org.hallqueue.kiosk.server.Text;
import org.hallqueue.kiosk.server.Ticket;
import org.hallqueue.printer.PrinterStatus;

/**
 * The lane screen: the visitor takes a ticket in the standard lane or in a priority lane (no proof,
 * nothing stored); the issuing screen while the server answers. A failed request stays on the lane
 * screen with a plain notice, and a repeated touch reuses the request's idempotency key.
 */
public final class LaneViewModel {

  private final ReadOnlyObjectProperty<Catalog> catalog;
  private final ReadOnlyObjectProperty<Catalog.Service> service;
  private final TicketIssuer issuer;
  private final TicketHandOver handOver;
  private final TicketViewModel ticket;
  private final AccessibilityViewModel words;
  private final ConnectionViewModel connection;
  private final Navigation navigation;
  private final Executor ui;
  private final Executor background;

  private String issueKey;
  private String issueKeyFor = "";

  LaneViewModel(
      GuidanceViewModel guidance,
      ConnectionViewModel connection,
      AccessibilityViewModel words,
      TicketViewModel ticket,
      TicketIssuer issuer,
      TicketHandOver handOver,
      Navigation navigation,
      Executor ui,
      Executor background) {
    this.catalog = connection.catalogProperty();
    this.service = guidance.serviceProperty();
    this.connection = connection;
    this.words = words;
    this.ticket = ticket;
    this.issuer = issuer;
    this.handOver = handOver;
    this.navigation = navigation;
    this.ui = ui;
    this.background = background;
  }

  /** The lanes offered (the list follows it). */
  public ReadOnlyObjectProperty<Catalog> catalogProperty() {
    return catalog;
  }

  /** The service the ticket is for. */
  public ReadOnlyObjectProperty<Catalog.Service> serviceProperty() {
    return service;
  }

  /** Issues the ticket in a lane ("standard" when the visitor chose none) and prints it. */
  public void chooseLane(String laneCode) {
    navigation.touched();
    Catalog.Service s = service.get();
    Catalog.Lane lane =
        catalog.get().lanes().stream()
            .filter(l -> l.code().equals(laneCode))
            .findFirst()
            .orElse(new Catalog.Lane(laneCode, Text.of("", ""), Text.of("", ""), false));
    String choice = s.code() + "/" + lane.code();
    if (issueKey == null || !issueKeyFor.equals(choice)) {
      issueKey = UUID.randomUUID().toString();
      issueKeyFor = choice;
    }
    String key = issueKey;
    Lang language = words.langProperty().get();
    long v = navigation.visit();
    long started = System.nanoTime();
    words.clearNotice();
    CompletableFuture<PrinterStatus> status = handOver.status();
    navigation.replace(Screen.ISSUING);
    background.execute(
        () -> {
          try {
            Ticket t = issuer.issue(s.code(), lane.code(), language, key);
            ui.execute(
                () -> {
                  if (v == navigation.visit()) {
                    issueKey = null;
                    ticket.issued(t, s, lane, status, started);
                  }
                });
          } catch (ServerException e) {
            ui.execute(() -> failed(v, e));
          }
        });
  }

  private void failed(long v, ServerException e) {
    if (e.tokenRefused()) {
      connection.refused(e);
    }
    if (v == navigation.visit()) {
      connection.problem(e);
      words.notice(e.unreachable() ? "notice.ticketFailed" : "notice.ticketRefused");
      navigation.replace(Screen.LANE);
    }
  }

  void reset() {
    issueKey = null;
  }

  /**
   * What voice reads for the lane screen: the service, the priority lanes with their numbers and
   * who they are for, and the ordinary ticket for everyone else.
   */
  String spoken() {
    StringBuilder s = new StringBuilder();
    Catalog.Service chosen = service.get();
    if (chosen != null) {
      s.append(words.sentence(words.text(chosen.name())));
    }
    List<Catalog.Lane> priority =
        catalog.get().lanes().stream().filter(l -> !l.code().equals("standard")).toList();
    if (!priority.isEmpty()) {
      s.append(words.text("lane.optional")).append(' ');
      for (int i = 0; i < priority.size(); i++) {
        Catalog.Lane l = priority.get(i);
        String who = words.text(l.description());
        String comma = words.langProperty().get() == Lang.EN ? ", " : "，";
        String name = words.text(l.name()) + (who.isBlank() ? "" : comma + who);
        s.append(words.text("speech.choice", i + 1, name)).append(' ');
      }
    }
    s.append(words.text("speech.lane.standard", words.text("lane.standard")));
    return s.toString();
  }
}
