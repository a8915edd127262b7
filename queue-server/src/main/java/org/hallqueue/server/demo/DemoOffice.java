package org.hallqueue.server.demo;

import java.io.IOException;
import java.io.InputStream;
import org.hallqueue.server.appointments.AppointmentRules;
import org.hallqueue.server.appointments.RuleBook;
import org.hallqueue.server.bundle.OfficeBundle;
import org.hallqueue.server.bundle.OfficeBundles;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.staff.StaffAccounts;
import org.hallqueue.server.staff.StaffUser;
import org.hallqueue.server.staff.StaffUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With {@code queue.demo=true}, an empty database gets the demo office: six services, four lanes,
 * nine counters, the guidance questions and the floorplan (sample content, labelled as such), and
 * demo staff accounts whose passwords are in the README.
 */
@Component
public class DemoOffice {
  private static final Logger log = LoggerFactory.getLogger(DemoOffice.class);
  static final String BUNDLE = "demo/office-bundle.json";

  /** Slot rules for services A, C and F on every weekday, so a newcomer can book at once. */
  static final String APPOINTMENT_RULES = "demo/appointment-rules.json";

  /** The district hall example of the floorplans module uses the demo office's ids. */
  static final String FLOORPLAN = "org/hallqueue/floorplans/examples/district-hall.json";

  private final QueueSettings settings;
  private final CatalogStore catalog;
  private final OfficeBundles bundles;
  private final StaffAccounts accounts;
  private final StaffUserRepository users;
  private final Json json;
  private final RuleBook appointmentRules;

  DemoOffice(
      QueueSettings settings,
      CatalogStore catalog,
      OfficeBundles bundles,
      StaffAccounts accounts,
      StaffUserRepository users,
      Json json,
      RuleBook appointmentRules) {
    this.settings = settings;
    this.catalog = catalog;
    this.bundles = bundles;
    this.accounts = accounts;
    this.users = users;
    this.json = json;
    this.appointmentRules = appointmentRules;
  }

  /** Seeds the demo office when {@code queue.demo} is on and the catalog is empty. */
  public void seedIfWanted() throws IOException {
    if (!settings.demo() || !catalog.services().isEmpty()) {
      return;
    }
    OfficeBundle bundle;
    try (InputStream in = new ClassPathResource(BUNDLE).getInputStream()) {
      bundle = json.mapper().readValue(in, OfficeBundle.class);
    }
    ClassPathResource floorplan = new ClassPathResource(FLOORPLAN);
    if (floorplan.exists() && (bundle.floorplan() == null || bundle.floorplan().isNull())) {
      try (InputStream in = floorplan.getInputStream()) {
        bundle =
            new OfficeBundle(
                bundle.format(),
                bundle.sample(),
                bundle.office(),
                bundle.notice(),
                bundle.lanes(),
                bundle.services(),
                bundle.counters(),
                bundle.guidance(),
                json.mapper().readTree(in));
      }
    }
    bundles.importBundle(bundle, "demo");
    try (InputStream in = new ClassPathResource(APPOINTMENT_RULES).getInputStream()) {
      appointmentRules.seed(json.mapper().readValue(in, AppointmentRules.class));
    }
    createIfMissing(
        "manager", accounts.encode("manager-demo"), StaffUser.Role.MANAGER, "Demo manager");
    String staffPassword = accounts.encode("staff-demo");
    for (int i = 1; i <= 9; i++) {
      createIfMissing("staff" + i, staffPassword, StaffUser.Role.STAFF, "Demo counter staff " + i);
    }
    log.info(
        "Seeded the demo office (sample content). Demo sign-ins: manager / manager-demo,"
            + " staff1..staff9 / staff-demo");
  }

  private void createIfMissing(String user, String passwordHash, StaffUser.Role role, String name) {
    if (!users.existsById(user)) {
      accounts.createHashed(user, passwordHash, role, name);
    }
  }
}
