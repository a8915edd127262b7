package org.hallqueue.server.persistence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Which engine this server runs on, for the stores whose statements differ. */
@Component
public class Database {
  private final DatabaseVendor vendor;

  public Database(@Value("${spring.datasource.url}") String url) {
    this.vendor = DatabaseVendor.of(url);
  }

  public DatabaseVendor vendor() {
    return vendor;
  }

  public boolean isPostgres() {
    return vendor == DatabaseVendor.POSTGRESQL;
  }

  /** See {@link DatabaseVendor#insertOrReplace}. */
  public String insertOrReplace(String table, String key, String... columns) {
    return vendor.insertOrReplace(table, key, columns);
  }
}
