package org.hallqueue.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.hallqueue.server.demo.DemoOffice;
import org.hallqueue.server.staff.StaffAccounts;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Prepares a fresh database (the admin account, and the demo office when asked for) after the
 * schema is migrated and before the web server takes its first request, so no client ever sees a
 * half-seeded office.
 */
@Component
class OfficeSetup implements SmartInitializingSingleton {
  private final StaffAccounts accounts;
  private final DemoOffice demo;

  OfficeSetup(StaffAccounts accounts, DemoOffice demo) {
    this.accounts = accounts;
    this.demo = demo;
  }

  @Override
  public void afterSingletonsInstantiated() {
    accounts.ensureAdmin();
    try {
      demo.seedIfWanted();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo office", e);
    }
  }
}
