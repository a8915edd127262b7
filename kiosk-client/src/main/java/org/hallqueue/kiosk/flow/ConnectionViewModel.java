package org.hallqueue.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.QueueApi;
import org.hallqueue.kiosk.server.ServerException;

/**
 * The kiosk's link to the queue server: the catalog it shows (services, lanes, guidance,
 * floorplan), loaded at start and again when the configuration changes; the loading and "server
 * unreachable" screens, retried after 1, 2, 4 … seconds; and a refused device token.
 */
public final class ConnectionViewModel {

  private final Navigation navigation;
  private final ScheduledExecutorService background;
  private final Executor ui;
  private final Duration retryFirst;
  private final Duration retryMax;
  private final CatalogLoader loader;

  private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper serverProblem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper tokenRefused = new ReadOnlyStringWrapper("");

  private Duration retryDelay;
  private boolean retryPending;
  private volatile boolean stopped;

  ConnectionViewModel(
      QueueApi api,
      Navigation navigation,
      Clock clock,
      Executor ui,
      ScheduledExecutorService background,
      Duration retryFirst,
      Duration retryMax) {
    this.navigation = navigation;
    this.background = background;
    this.ui = ui;
    this.retryFirst = retryFirst;
    this.retryMax = retryMax;
    this.retryDelay = retryFirst;
    this.loader = new CatalogLoader(api, clock, ui, background, this::loaded, this::failed);
  }

  public ReadOnlyObjectProperty<Catalog> catalogProperty() {
    return catalog.getReadOnlyProperty();
  }

  /** Why the server cannot be used, in a technician's words. */
  public ReadOnlyStringProperty serverProblemProperty() {
    return serverProblem.getReadOnlyProperty();
  }

  /**
   * Why the server refused this kiosk's device token (HTTP 401), or "" while it accepts it. Once
   * set, the kiosk cannot work until staff fix {@code device.token}: the window shows the setup
   * screen.
   */
  public ReadOnlyStringProperty tokenRefusedProperty() {
    return tokenRefused.getReadOnlyProperty();
  }

  /** Loads the catalog; shows the start screen, or the unreachable screen and retries. */
  public void start() {
    if (!stopped) {
      loader.load();
    }
  }

  /**
   * Loads the catalog again (the configuration changed on the server). What the visitor sees next
   * follows the new catalog; what is on screen stays unless it can simply be redrawn (the service
   * list, the lanes, the map).
   */
  public void reloadCatalog() {
    start();
  }

  /** How many times the catalog has been loaded (or a load started). */
  public long catalogLoads() {
    return loader.loads();
  }

  /** The kiosk is closing: answers still on their way are ignored, nothing more is scheduled. */
  public void stop() {
    stopped = true;
  }

  /** A safety net for a configuration change the event stream did not bring. */
  void reloadIfOlderThan(Duration maxAge) {
    if (loader.olderThan(maxAge)) {
      loader.load();
    }
  }

  /** The server refused the device token: nothing works until staff fix the settings. */
  void refused(ServerException e) {
    serverProblem.set(e.getMessage());
    tokenRefused.set(e.getMessage());
  }

  /** A request failed: why, for a technician. */
  void problem(ServerException e) {
    serverProblem.set(e.getMessage());
  }

  private void loaded(Catalog c) {
    if (stopped) {
      return;
    }
    retryDelay = retryFirst;
    serverProblem.set("");
    if (!c.equals(catalog.get())) {
      catalog.set(c);
    }
    Screen screen = navigation.screen();
    if (screen == Screen.LOADING || screen == Screen.UNREACHABLE) {
      navigation.startOver();
    }
  }

  private void failed(ServerException e) {
    if (stopped || !tokenRefused.get().isEmpty()) {
      return;
    }
    if (e.tokenRefused()) {
      refused(e);
    } else if (catalog.get() == null || navigation.screen() == Screen.UNREACHABLE) {
      unreachable(e);
    }
    // otherwise keep the catalog the kiosk has; the next change or start screen tries again
  }

  private void unreachable(ServerException e) {
    serverProblem.set(e.getMessage());
    navigation.arrive(Screen.UNREACHABLE);
    if (retryPending) {
      return;
    }
    retryPending = true;
    Duration delay = retryDelay;
    retryDelay = min(retryDelay.multipliedBy(2), retryMax);
    background.schedule(
        () ->
            ui.execute(
                () -> {
                  retryPending = false;
                  loader.load();
                }),
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * What voice reads while the kiosk loads or cannot reach the queue system: what is happening and
   * what the visitor can do, never the technical reason.
   */
  String spoken(AccessibilityViewModel words) {
    return navigation.screen() == Screen.UNREACHABLE
        ? words.sentence(words.text("unreachable.title")) + words.text("unreachable.body")
        : words.text("speech.loading");
  }
}
