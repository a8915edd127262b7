package org.hallqueue.server.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per user name and per address. Each failure is answered more slowly; after {@code
 * queue.login.max-failures} failures for one name (or {@code queue.login.max-failures-per-address}
 * from one address) within the lock period, sign-in is refused until the period has passed. Kept in
 * memory: a restart forgets, which an attacker cannot cause from the outside.
 */
@Component
class LoginAttempts {
  /** Bounds the maps against a spray of random names. */
  private static final int MAX_TRACKED = 10_000;

  private final Map<String, Failures> byName = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
  private final int maxPerName;
  private final int maxPerAddress;
  private final Duration lockFor;
  private final Duration slowdownStep;
  private final Clock clock;

  LoginAttempts(
      @Value("${queue.login.max-failures:5}") int maxPerName,
      @Value("${queue.login.max-failures-per-address:30}") int maxPerAddress,
      @Value("${queue.login.lock-minutes:15}") long lockMinutes,
      @Value("${queue.login.slowdown-millis:250}") long slowdownMillis,
      Clock clock) {
    this.maxPerName = maxPerName;
    this.maxPerAddress = maxPerAddress;
    this.lockFor = Duration.ofMinutes(lockMinutes);
    this.slowdownStep = Duration.ofMillis(slowdownMillis);
    this.clock = clock;
  }

  /** When sign-in for this name or from this address is locked: until when. */
  Optional<Instant> lockedUntil(String name, String address) {
    Instant now = clock.instant();
    Optional<Instant> a = locked(byName.get(key(name)), maxPerName, now);
    Optional<Instant> b = locked(byAddress.get(address), maxPerAddress, now);
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }
    return a.isPresent() ? a : b;
  }

  /**
   * Records a wrong password and waits a little longer each time (up to 2 s), which slows a guesser
   * down without holding a request thread for long.
   *
   * @return how many more failures this name has before it is locked (0 when locked now)
   */
  int failed(String name, String address) {
    Instant now = clock.instant();
    trim(now);
    Failures n = byName.compute(key(name), (k, f) -> Failures.next(f, now, lockFor));
    byAddress.compute(address, (k, f) -> Failures.next(f, now, lockFor));
    long pause = Math.min(slowdownStep.toMillis() * (n.count() - 1), 2_000);
    if (pause > 0) {
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Math.max(0, maxPerName - n.count());
  }

  void succeeded(String name) {
    byName.remove(key(name));
  }

  Duration lockPeriod() {
    return lockFor;
  }

  private Optional<Instant> locked(Failures f, int max, Instant now) {
    if (f == null || f.count() < max) {
      return Optional.empty();
    }
    Instant until = f.last().plus(lockFor);
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  private void trim(Instant now) {
    if (byName.size() + byAddress.size() < MAX_TRACKED) {
      return;
    }
    Instant forgotten = now.minus(lockFor);
    byName.values().removeIf(f -> f.last().isBefore(forgotten));
    byAddress.values().removeIf(f -> f.last().isBefore(forgotten));
    if (byName.size() > MAX_TRACKED) {
      byName.clear();
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }

  /** Failures within one lock period; an older series is forgotten. */
  private record Failures(int count, Instant last) {
    static Failures next(Failures previous, Instant now, Duration period) {
      if (previous == null || previous.last().plus(period).isBefore(now)) {
        return new Failures(1, now);
      }
      return new Failures(previous.count() + 1, now);
    }
  }
}
