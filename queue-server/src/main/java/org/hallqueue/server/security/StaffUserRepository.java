package org.hallqueue.server.security;

import org.springframework.data.repository.ListCrudRepository;

/** Staff accounts (Spring Data JDBC on our SQLite dialect). */
public interface StaffUserRepository extends ListCrudRepository<StaffUser, String> {}
