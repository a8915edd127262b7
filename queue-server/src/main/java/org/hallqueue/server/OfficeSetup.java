package org.hallqueue.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.hallqueue.server.demo.DemoOffice;
import org.hallqueue.server.failover.Leadership;
import org.hallqueue.server.staff.StaffAccounts;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Prepares a fresh database (the admin account, and the demo office when asked for) after the
 * schema is migrated and before the web server takes its first request, so no client ever sees a
 * half-seeded office. A standby does it when it takes over (it may be the first to run on a fresh
 * database).
 */
@Component
class OfficeSetup implements SmartInitializingSingleton {
  private final StaffAccounts accounts;
  private final DemoOffice demo;
  private final Leadership leadership;

  OfficeSetup(StaffAccounts accounts, DemoOffice demo, Leadership leadership) {
    this.accounts = accounts;
    this.demo = demo;
    this.leadership = leadership;
  }

  @Override
  public void afterSingletonsInstantiated() {
    leadership.whenActive("the admin account and the demo office", this::prepare);
  }

  private void prepare() {
    accounts.ensureAdmin();
    try {
      demo.seedIfWanted();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo office", e);
    }
  }
}
