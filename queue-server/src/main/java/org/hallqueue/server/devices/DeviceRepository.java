package org.hallqueue.server.devices;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Devices (Spring Data JDBC on our SQLite dialect). */
public interface DeviceRepository extends ListCrudRepository<Device, String> {
  Optional<Device> findByTokenHash(String tokenHash);
}
