package org.hallqueue.server.staff;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account and address pair, and per address. After {@code
 * queue.login.max-failures} wrong passwords for one account from one address, that pair is locked
 * for a minute, and each further failure doubles the lock up to {@code queue.login.lock-minutes};
 * the same account from another address is not affected. An address other than a trusted one that
 * fails {@code queue.login.max-failures-per-address} times (any names) is locked the same way,
 * which bounds the password checks an attacker can make. The administrator is never locked out on a
 * trusted address ({@code queue.login.trusted-addresses}, the server PC itself by default). Kept in
 * memory: a restart forgets, which an attacker cannot cause from the outside.
 */
@Component
class LoginAttempts {
  /** Bounds the maps against a spray of random names. */
  private static final int MAX_TRACKED = 10_000;

  private static final Duration FIRST_LOCK = Duration.ofMinutes(1);

  private final Map<Pair, Failures> byPair = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
  private final int maxPerPair;
  private final int maxPerAddress;
  private final Duration longestLock;
  private final Duration slowdownStep;
  private final Set<String> trusted;
  private final Clock clock;

  /** A locked account and address (account null: every account from that address). */
  record Lockout(String username, String address, int failures, Instant lockedUntil) {}

  private record Pair(String name, String address) {}

  LoginAttempts(
      @Value("${queue.login.max-failures:5}") int maxPerPair,
      @Value("${queue.login.max-failures-per-address:10}") int maxPerAddress,
      @Value("${queue.login.lock-minutes:15}") long lockMinutes,
      @Value("${queue.login.slowdown-millis:250}") long slowdownMillis,
      @Value("${queue.login.trusted-addresses:127.0.0.1,::1}") List<String> trusted,
      Clock clock) {
    this.maxPerPair = maxPerPair;
    this.maxPerAddress = maxPerAddress;
    this.longestLock = Duration.ofMinutes(lockMinutes);
    this.slowdownStep = Duration.ofMillis(slowdownMillis);
    this.trusted =
        trusted.stream()
            .map(String::trim)
            .filter(a -> !a.isEmpty())
            .map(LoginAttempts::canonical)
            .collect(Collectors.toUnmodifiableSet());
    this.clock = clock;
  }

  /** Whether {@code address} is one the administrator can always sign in from. */
  boolean trusted(String address) {
    return trusted.contains(canonical(address));
  }

  /**
   * Until when sign-in for this account from this address is locked, if it is; {@code
   * administrator} says whether the account is the administrator's.
   */
  Optional<Instant> lockedUntil(String name, String address, boolean administrator) {
    Instant now = clock.instant();
    boolean fromTrusted = trusted(address);
    Optional<Instant> pair =
        fromTrusted && administrator
            ? Optional.empty()
            : until(byPair.get(new Pair(key(name), address)), maxPerPair, now);
    Optional<Instant> all =
        fromTrusted ? Optional.empty() : until(byAddress.get(address), maxPerAddress, now);
    if (pair.isPresent() && all.isPresent()) {
      return Optional.of(pair.get().isAfter(all.get()) ? pair.get() : all.get());
    }
    return pair.isPresent() ? pair : all;
  }

  /**
   * Records a wrong password and waits a little longer each time (up to 2 s), which slows a guesser
   * down without holding a request thread for long.
   *
   * @return how many more failures this pair has before it is locked (0 when locked now)
   */
  int failed(String name, String address) {
    Instant now = clock.instant();
    trim(now);
    Failures pair = byPair.compute(new Pair(key(name), address), (k, f) -> next(f, now));
    if (!trusted(address)) {
      byAddress.compute(address, (k, f) -> next(f, now));
    }
    long pause = Math.min(slowdownStep.toMillis() * (pair.count() - 1), 2_000);
    if (pause > 0) {
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Math.max(0, maxPerPair - pair.count());
  }

  void succeeded(String name, String address) {
    byPair.remove(new Pair(key(name), address));
  }

  /** The accounts (and addresses) locked now, the longest lock first. */
  List<Lockout> lockouts() {
    Instant now = clock.instant();
    List<Lockout> locked = new ArrayList<>();
    byPair.forEach(
        (pair, f) ->
            until(f, maxPerPair, now)
                .ifPresent(
                    u -> locked.add(new Lockout(pair.name(), pair.address(), f.count(), u))));
    byAddress.forEach(
        (address, f) ->
            until(f, maxPerAddress, now)
                .ifPresent(u -> locked.add(new Lockout(null, address, f.count(), u))));
    locked.sort(Comparator.comparing(Lockout::lockedUntil).reversed());
    return locked;
  }

  /** The lock that {@code f} failures earn: a minute at {@code max}, doubling after, capped. */
  private Optional<Instant> until(Failures f, int max, Instant now) {
    if (f == null || f.count() < max) {
      return Optional.empty();
    }
    int doublings = Math.min(f.count() - max, 20);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    Instant until = f.last().plus(lock.compareTo(longestLock) > 0 ? longestLock : lock);
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  /** Failures in one series; a series quiet for four longest locks is forgotten. */
  private Failures next(Failures previous, Instant now) {
    if (previous == null || previous.last().plus(longestLock.multipliedBy(4)).isBefore(now)) {
      return new Failures(1, now);
    }
    return new Failures(previous.count() + 1, now);
  }

  private void trim(Instant now) {
    if (byPair.size() + byAddress.size() < MAX_TRACKED) {
      return;
    }
    Instant forgotten = now.minus(longestLock.multipliedBy(4));
    byPair.values().removeIf(f -> f.last().isBefore(forgotten));
    byAddress.values().removeIf(f -> f.last().isBefore(forgotten));
    if (byPair.size() > MAX_TRACKED) {
      byPair.clear();
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }

  /** An address literal written one way ("::1" and "0:0:0:0:0:0:0:1" are the same). */
  private static String canonical(String address) {
    if (address == null || !address.matches("[0-9a-fA-F:.]+")) {
      return String.valueOf(address);
    }
    try {
      return InetAddress.getByName(address).getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }

  private record Failures(int count, Instant last) {}
}
