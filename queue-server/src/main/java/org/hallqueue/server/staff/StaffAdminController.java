package org.hallqueue.server.staff;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.hallqueue.server.changes.ConfigAudit;
import org.hallqueue.server.changes.ConfigConflictException;
import org.hallqueue.server.changes.ConfigVersions;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.InvalidInputException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts, for administrators only: create, change role or name, disable, reset password.
 * Passwords are stored only as hashes and never appear in an answer or the audit trail. An
 * administrator cannot lock the office out: the last enabled ADMIN can be neither disabled nor
 * demoted.
 */
@RestController
@RequestMapping("/api/v1/admin/staff")
class StaffAdminController {
  static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

  private final StaffUserRepository users;
  private final JdbcAggregateTemplate aggregates;
  private final PasswordEncoder passwords;
  private final Writes writes;
  private final ConfigAudit audit;
  private final ConfigVersions versions;
  private final StaffSessions sessions;
  private final Clock clock;

  StaffAdminController(
      StaffUserRepository users,
      JdbcAggregateTemplate aggregates,
      PasswordEncoder passwords,
      Writes writes,
      ConfigAudit audit,
      ConfigVersions versions,
      StaffSessions sessions,
      Clock clock) {
    this.users = users;
    this.aggregates = aggregates;
    this.passwords = passwords;
    this.writes = writes;
    this.audit = audit;
    this.versions = versions;
    this.sessions = sessions;
    this.clock = clock;
  }

  record NewAccount(String username, String displayName, StaffUser.Role role, String password) {}

  record AccountEdit(String displayName, StaffUser.Role role, Boolean enabled, Long version) {}

  record PasswordReset(String password) {}

  @GetMapping
  List<AccountView> list() {
    Map<String, ConfigVersions.Stamp> stamps = versions.all(ConfigVersions.STAFF);
    return users.findAll().stream()
        .sorted(java.util.Comparator.comparing(StaffUser::username))
        .map(u -> view(u, stamps.get(u.username())))
        .toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AccountView create(@RequestBody(required = false) NewAccount body, Principal who) {
    Checks checks = new Checks();
    if (checks.present(body, "body")) {
      checks.matches(
          body.username(),
          USERNAME,
          "username",
          "must be 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter");
      checks.present(body.role(), "role");
      displayName(body.displayName(), checks);
      password(body.password(), checks);
    }
    checks.throwIfAny();
    AccountView created =
        writes.inTransaction(
            () -> {
              if (users.existsById(body.username())) {
                throw new InvalidInputException(
                    "username", "the user name " + body.username() + " is already taken");
              }
              StaffUser u =
                  aggregates.insert(
                      new StaffUser(
                          body.username(),
                          passwords.encode(body.password()),
                          body.role(),
                          blankToNull(body.displayName()),
                          true,
                          clock.instant()));
              ConfigVersions.Stamp stamp =
                  versions.sign(ConfigVersions.STAFF, u.username(), who.getName());
              audit.record(
                  "staff",
                  "created",
                  u.username(),
                  who.getName(),
                  stamp.version(),
                  audit.diff(null, view(u)));
              return view(u, stamp);
            });
    return created;
  }

  @PutMapping("/{username}")
  AccountView edit(
      @PathVariable String username,
      @RequestBody(required = false) AccountEdit body,
      Principal who) {
    Checks checks = new Checks();
    if (checks.present(body, "body")) {
      displayName(body.displayName(), checks);
      checks.present(body.version(), "version");
    }
    checks.throwIfAny();
    AtomicReference<StaffUser> before = new AtomicReference<>();
    AccountView saved =
        writes.inTransaction(
            () -> {
              StaffUser u = find(username);
              before.set(u);
              versions.expect(
                  ConfigVersions.STAFF,
                  username,
                  body.version(),
                  stamp -> view(u, stamp),
                  "staff account",
                  "工作人员账号");
              StaffUser.Role role = body.role() == null ? u.role() : body.role();
              boolean enabled = body.enabled() == null ? u.enabled() : body.enabled();
              boolean stillAdmin = role == StaffUser.Role.ADMIN && enabled;
              if (u.role() == StaffUser.Role.ADMIN && u.enabled() && !stillAdmin) {
                long admins =
                    users.findAll().stream()
                        .filter(x -> x.role() == StaffUser.Role.ADMIN && x.enabled())
                        .count();
                if (admins <= 1) {
                  throw ConfigConflictException.inUse(
                      "This is the last enabled administrator: make another one first.",
                      "这是最后一个可用的管理员账号，请先设置另一个管理员。");
                }
              }
              if (u.username().equals(who.getName()) && !enabled) {
                throw ConfigConflictException.inUse(
                    "You cannot disable your own account.", "不能停用自己正在使用的账号。");
              }
              StaffUser next =
                  new StaffUser(
                      u.username(),
                      u.passwordHash(),
                      role,
                      body.displayName() == null
                          ? u.displayName()
                          : blankToNull(body.displayName()),
                      enabled,
                      u.createdAt());
              StaffUser s = users.save(next);
              ConfigVersions.Stamp stamp =
                  versions.sign(ConfigVersions.STAFF, u.username(), who.getName());
              audit.record(
                  "staff",
                  "updated",
                  u.username(),
                  who.getName(),
                  stamp.version(),
                  audit.diff(view(u), view(s)));
              return view(s, stamp);
            });
    if (saved.account().role() != before.get().role() || !saved.account().enabled()) {
      signOutElsewhere(username, who);
    }
    return saved;
  }

  @PostMapping("/{username}/password")
  AccountView resetPassword(
      @PathVariable String username,
      @RequestBody(required = false) PasswordReset body,
      Principal who) {
    Checks checks = new Checks();
    if (checks.present(body, "body")) {
      password(body.password(), checks);
    }
    checks.throwIfAny();
    AccountView saved =
        writes.inTransaction(
            () -> {
              StaffUser u = find(username);
              StaffUser s =
                  users.save(
                      new StaffUser(
                          u.username(),
                          passwords.encode(body.password()),
                          u.role(),
                          u.displayName(),
                          u.enabled(),
                          u.createdAt()));
              audit.record("staff", "password-reset", u.username(), who.getName(), null, null);
              return view(s, versions.of(ConfigVersions.STAFF, username).orElse(null));
            });
    signOutElsewhere(username, who);
    return saved;
  }

  /**
   * A changed role, a disabled account or a new password takes effect at once: the person's open
   * sessions end. An administrator changing their own account stays signed in.
   */
  private void signOutElsewhere(String username, Principal who) {
    if (!username.equals(who.getName())) {
      sessions.endAll(username);
    }
  }

  private StaffUser find(String username) {
    return users
        .findById(username)
        .orElseThrow(() -> new NotFoundException("there is no staff account " + username));
  }

  private static void displayName(String name, Checks checks) {
    checks.text(name, "displayName", 60, false);
  }

  private static void password(String password, Checks checks) {
    if (checks.present(password, "password")) {
      checks.require(
          password.length() >= 8 && password.length() <= 128,
          "password",
          "must be 8 to 128 characters");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static AccountView view(StaffUser u, ConfigVersions.Stamp stamp) {
    return new AccountView(
        view(u),
        stamp == null ? 0 : stamp.version(),
        stamp == null ? null : stamp.updatedAt(),
        stamp == null ? null : stamp.updatedBy());
  }

  static Account view(StaffUser u) {
    return new Account(u.username(), u.displayName(), u.role(), u.enabled(), u.createdAt());
  }

  /** A staff account as the console shows it and the audit compares it; never its password. */
  record Account(
      String username,
      String displayName,
      StaffUser.Role role,
      boolean enabled,
      Instant createdAt) {}

  /** An account with the version a later edit must name. */
  record AccountView(
      @JsonUnwrapped Account account, long version, Instant updatedAt, String updatedBy) {}
}
