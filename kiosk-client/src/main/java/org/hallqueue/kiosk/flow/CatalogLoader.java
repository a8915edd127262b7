package org.hallqueue.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.QueueApi;
import org.hallqueue.kiosk.server.ServerException;

/**
 * Loads the catalog (services, lanes, guidance, floorplan) in the background, one load at a time: a
 * load asked for while another runs is done once more after it, since the running one may have read
 * the server before the change that prompted the request. Results arrive on the UI executor.
 */
final class CatalogLoader {

  private final QueueApi api;
  private final Clock clock;
  private final Executor ui;
  private final Executor background;
  private final Consumer<Catalog> loaded;
  private final Consumer<ServerException> failed;

  private boolean running;
  private boolean again;
  private Instant lastLoadStarted;
  private long loads;

  /**
   * @param loaded the new catalog (UI executor)
   * @param failed why a load failed (UI executor)
   */
  CatalogLoader(
      QueueApi api,
      Clock clock,
      Executor ui,
      Executor background,
      Consumer<Catalog> loaded,
      Consumer<ServerException> failed) {
    this.api = api;
    this.clock = clock;
    this.ui = ui;
    this.background = background;
    this.loaded = loaded;
    this.failed = failed;
  }

  /** Loads now, or once more after the load that is running. */
  synchronized void load() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    lastLoadStarted = clock.instant();
    loads++;
    try {
      loadInBackground();
    } catch (RejectedExecutionException closing) {
      running = false; // the kiosk is shutting down: nothing more to load
    }
  }

  private void loadInBackground() {
    background.execute(
        () -> {
          try {
            Catalog c = api.catalog();
            ui.execute(() -> loaded.accept(c));
          } catch (ServerException e) {
            ui.execute(() -> failed.accept(e));
          } catch (RuntimeException e) {
            // a floorplan or guidance the kiosk cannot read: keep what it has, say why
            ui.execute(
                () ->
                    failed.accept(new ServerException("cannot read the catalog: " + e, false, e)));
          } finally {
            boolean more;
            synchronized (this) {
              running = false;
              more = again;
            }
            if (more) {
              load();
            }
          }
        });
  }

  /** True when no load has started yet or the last one started more than {@code maxAge} ago. */
  synchronized boolean olderThan(Duration maxAge) {
    return lastLoadStarted == null
        || Duration.between(lastLoadStarted, clock.instant()).compareTo(maxAge) > 0;
  }

  /** How many loads have started. */
  synchronized long loads() {
    return loads;
  }
}
