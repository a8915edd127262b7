package org.hallqueue.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lock of one account from one address grows with each new series of wrong passwords. */
class LoginAttemptsTest {
  private final MovableClock clock = new MovableClock();
  private final LoginAttempts attempts =
      new LoginAttempts(5, 10, 15, 0, List.of("127.0.0.1", "::1"), clock);

  @Test
  void shouldDoubleTheLockForEachFurtherFailureUpTo15Minutes() {
    fail("staff1", "10.0.0.9", 5);
    assertThat(lockedFor("staff1", "10.0.0.9")).isEqualTo(Duration.ofMinutes(1));

    clock.now = clock.now.plus(Duration.ofMinutes(1));
    fail("staff1", "10.0.0.9", 1);
    assertThat(lockedFor("staff1", "10.0.0.9")).isEqualTo(Duration.ofMinutes(2));

    clock.now = clock.now.plus(Duration.ofMinutes(2));
    fail("staff1", "10.0.0.9", 1);
    assertThat(lockedFor("staff1", "10.0.0.9")).isEqualTo(Duration.ofMinutes(4));

    for (int i = 0; i < 5; i++) {
      clock.now = clock.now.plus(Duration.ofMinutes(15));
      fail("staff1", "10.0.0.9", 1);
    }
    assertThat(lockedFor("staff1", "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
    assertThat(attempts.lockedUntil("staff1", "10.0.0.8", false)).isEmpty();
  }

  @Test
  void shouldForgetAPairAfterASuccessfulSignIn() {
    fail("staff2", "10.0.0.9", 4);
    attempts.succeeded("staff2", "10.0.0.9");
    fail("staff2", "10.0.0.9", 4);

    assertThat(attempts.lockedUntil("staff2", "10.0.0.9", false)).isEmpty();
  }

  @Test
  void shouldNeverLockTheAdministratorOnATrustedAddress() {
    fail("admin", "127.0.0.1", 20);

    assertThat(attempts.lockedUntil("admin", "127.0.0.1", true)).isEmpty();
    assertThat(attempts.lockedUntil("staff3", "127.0.0.1", false)).isEmpty();
    fail("admin", "10.0.0.7", 5);
    assertThat(attempts.lockedUntil("admin", "10.0.0.7", true)).isPresent();
  }

  @Test
  void shouldLockAnUntrustedAddressThatTriesManyNames() {
    for (int i = 0; i < 10; i++) {
      fail("name-" + i, "10.0.0.6", 1);
    }

    assertThat(attempts.lockedUntil("someone-else", "10.0.0.6", false)).isPresent();
    assertThat(attempts.lockedUntil("someone-else", "10.0.0.5", false)).isEmpty();
  }

  private void fail(String name, String address, int times) {
    for (int i = 0; i < times; i++) {
      attempts.failed(name, address);
    }
  }

  private Duration lockedFor(String name, String address) {
    return Duration.between(clock.now, attempts.lockedUntil(name, address, false).orElseThrow());
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-12-01T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
