package org.hallqueue.server.staff;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A member of staff who signs in: counter staff, a manager or an administrator. */
@Table("staff_user")
public record StaffUser(
    @Id String username,
    String passwordHash,
    Role role,
    String displayName,
    boolean enabled,
    Instant createdAt) {

  /** ADMIN ⊇ MANAGER ⊇ STAFF. */
  public enum Role {
    STAFF,
    MANAGER,
    ADMIN
  }
}
