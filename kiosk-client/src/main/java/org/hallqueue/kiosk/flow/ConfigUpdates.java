package org.hallqueue.kiosk.flow;

import java.util.Set;
import java.util.concurrent.Executor;
import org.hallqueue.kiosk.server.EventStream;

/**
 * Reloads the kiosk's catalog when the event stream says a manager changed the configuration
 * (services, lanes, counters, guidance, floorplan, devices — a revoked token shows at once), and
 * when the stream opens without a replay, since a change may have been missed meanwhile.
 */
public final class ConfigUpdates implements EventStream.Listener {

  /** Changes that do not touch what a kiosk shows. */
  private static final Set<String> IGNORED = Set.of("staff");

  private final ConnectionViewModel vm;
  private final Executor ui;

  public ConfigUpdates(ConnectionViewModel vm, Executor ui) {
    this.vm = vm;
    this.ui = ui;
  }

  @Override
  public void connected(boolean resumed) {
    System.err.println("kiosk: event stream open" + (resumed ? " (resumed)" : ""));
    if (!resumed) {
      ui.execute(vm::reloadCatalog);
    }
  }

  @Override
  public void event(EventStream.Event event) {
    if ("CONFIG_CHANGED".equals(event.type()) && !IGNORED.contains(event.what())) {
      ui.execute(vm::reloadCatalog);
    }
  }

  @Override
  public void refused(String why) {
    // the reload meets the same refusal, and the kiosk shows its setup screen
    ui.execute(vm::reloadCatalog);
  }

  @Override
  public void disconnected(String why) {
    System.err.println("kiosk: event stream closed: " + why);
  }
}
