package org.hallqueue.server.staff;

import org.springframework.data.repository.ListCrudRepository;

/** Staff accounts (Spring Data JDBC on our SQLite dialect). */
public interface StaffUserRepository extends ListCrudRepository<StaffUser, String> {}
