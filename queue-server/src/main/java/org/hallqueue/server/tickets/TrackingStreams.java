package org.hallqueue.server.tickets;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.Writes;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The phone pages' live view of their ticket, pushed as server-sent events instead of polled: each
 * open page gets its ticket's {@link TrackingView} at once and again whenever a commit changed it
 * (its status, or its place as others are called). After a commit the views are worked out again at
 * most every {@value #REFRESH_MILLIS} ms, on one thread of their own, never on the writer's: one
 * read of the ticket and its place per open page, what a 1 s poll per page would cost without its
 * requests. A comment every 25 s keeps the connection open through the hall's Wi-Fi and finds pages
 * gone. A server that stops ends the streams first (the pages reconnect to it or its standby), so
 * its graceful shutdown does not wait 30 s for pages that would never end their requests.
 */
@Component
class TrackingStreams implements DisposableBean, SmartLifecycle {
  static final long REFRESH_MILLIS = 1000;
  private static final Duration OPEN_FOR = Duration.ofMinutes(30);

  private final Json json;
  private final Map<SseEmitter, Follower> followers = new ConcurrentHashMap<>();
  private final AtomicBoolean changed = new AtomicBoolean();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "tracking-streams");
            t.setDaemon(true);
            return t;
          });

  /** One open page: its ticket's token, how to see it now, and what it was last sent. */
  private static final class Follower {
    final String token;
    final Function<String, TrackingView> view;
    String sent;

    Follower(String token, Function<String, TrackingView> view) {
      this.token = token;
      this.view = view;
    }
  }

  TrackingStreams(Json json) {
    this.json = json;
    timer.scheduleWithFixedDelay(this::refreshIfChanged, 1, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(this::keepAlive, 25, 25, TimeUnit.SECONDS);
  }

  /** Opens a page's stream; {@code view} sees the ticket now (throws 404 for an unknown token). */
  SseEmitter open(String token, Function<String, TrackingView> view) {
    TrackingView first = view.apply(token);
    SseEmitter emitter = new SseEmitter(OPEN_FOR.toMillis());
    Follower follower = new Follower(token, view);
    emitter.onCompletion(() -> followers.remove(emitter));
    emitter.onTimeout(() -> followers.remove(emitter));
    emitter.onError(e -> followers.remove(emitter));
    followers.put(emitter, follower);
    timer.execute(() -> send(emitter, follower, first));
    return emitter;
  }

  @EventListener
  void onCommit(Writes.Committed commit) {
    changed.set(true);
  }

  int open() {
    return followers.size();
  }

  private void refreshIfChanged() {
    if (!changed.getAndSet(false)) {
      return;
    }
    followers.forEach(
        (emitter, follower) -> {
          try {
            send(emitter, follower, follower.view.apply(follower.token));
          } catch (RuntimeException e) {
            emitter.complete(); // the ticket is gone (a restore): the page reconnects and is told
          }
        });
  }

  private void send(SseEmitter emitter, Follower follower, TrackingView view) {
    String body = json.write(view);
    if (body.equals(follower.sent)) {
      return;
    }
    try {
      emitter.send(
          SseEmitter.event()
              .name("ticket")
              .reconnectTime(2000)
              .data(body, MediaType.APPLICATION_JSON));
      follower.sent = body;
    } catch (IOException | IllegalStateException e) {
      followers.remove(emitter);
    }
  }

  private void keepAlive() {
    followers
        .keySet()
        .forEach(
            emitter -> {
              try {
                emitter.send(SseEmitter.event().comment("still here"));
              } catch (IOException | IllegalStateException e) {
                followers.remove(emitter);
              }
            });
  }

  private volatile boolean running;

  @Override
  public void start() {
    running = true;
  }

  /** Ends every open page's stream, before the web server waits for its requests to end. */
  @Override
  public void stop() {
    running = false;
    followers.keySet().forEach(SseEmitter::complete);
    followers.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
    followers.keySet().forEach(SseEmitter::complete);
  }
}
