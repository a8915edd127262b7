package org.hallqueue.server.staff;

import java.security.SecureRandom;
import java.time.Clock;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.persistence.Writes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates staff accounts. A fresh database gets {@code admin} with the password from {@code
 * queue.admin-password}, or a random one printed once to the log.
 */
@Component
public class StaffAccounts {
  private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

  private final StaffUserRepository users;
  private final JdbcAggregateTemplate aggregates;
  private final PasswordEncoder passwords;
  private final Writes writes;
  private final QueueSettings settings;
  private final Clock clock;

  public StaffAccounts(
      StaffUserRepository users,
      JdbcAggregateTemplate aggregates,
      PasswordEncoder passwords,
      Writes writes,
      QueueSettings settings,
      Clock clock) {
    this.users = users;
    this.aggregates = aggregates;
    this.passwords = passwords;
    this.writes = writes;
    this.settings = settings;
    this.clock = clock;
  }

  /** Creates {@code admin} when the database has no account yet. */
  public void ensureAdmin() {
    if (users.count() > 0) {
      return;
    }
    String password = settings.adminPassword();
    if (password == null || password.isBlank()) {
      password = randomPassword();
      log.warn(
          "\n\n  Created user 'admin' with password: {}\n  It is shown only this once."
              + " Set queue.admin-password (env QUEUE_ADMIN_PASSWORD) to choose it.\n",
          password);
    } else {
      log.info("Created user 'admin' with the password from queue.admin-password");
    }
    create("admin", password, StaffUser.Role.ADMIN, "Administrator");
  }

  public void create(String username, String password, StaffUser.Role role, String name) {
    createHashed(username, passwords.encode(password), role, name);
  }

  /** Creates an account from an already encoded password (several demo accounts share one). */
  public void createHashed(String username, String passwordHash, StaffUser.Role role, String name) {
    writes.inTransaction(
        () ->
            aggregates.insert(
                new StaffUser(username, passwordHash, role, name, true, clock.instant())));
  }

  public String encode(String password) {
    return passwords.encode(password);
  }

  private static String randomPassword() {
    String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
