package org.hallqueue.kiosk;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import org.hallqueue.kiosk.settings.Registration;

/**
 * Starts the kiosk: {@code java -jar kiosk-client.jar [--config kiosk.properties] [--fullscreen]
 * [--screenshots DIR] [--headless] [--register SERVER_URL --manager USER:PASSWORD [--name NAME]
 * [--printer URI]]}. With {@code --register} it first makes itself a KIOSK device of the server
 * (see {@link Registration}) and stops with the reason if that fails. Not a JavaFX {@code
 * Application} itself, so the shaded jar runs on a plain JDK.
 */
public final class Main {
  private Main() {}

  /** When the JVM started the kiosk, for the cold-start measurement. */
  static final long STARTED = System.nanoTime();

  public static void main(String[] args) {
    List<String> list = Arrays.asList(args);
    if (list.contains("--register")) {
      Registration.Outcome outcome = register(list);
      (outcome.ok() ? System.out : System.err).println("kiosk: " + outcome.message());
      if (!outcome.ok()) {
        System.exit(2);
      }
    }
    if (list.contains("--screenshots") || list.contains("--headless")) {
      // Headless rendering: no display needed.
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
      System.setProperty("prism.lcdtext", "false");
      System.setProperty("java.awt.headless", "true");
    }
    Application.launch(KioskApp.class, args);
  }

  private static Registration.Outcome register(List<String> args) {
    String server = KioskApp.option(args, "--register", null);
    String manager = KioskApp.option(args, "--manager", null);
    if (server == null || !server.matches("https?://[^,]+(,\\s*https?://[^,]+)*")) {
      return new Registration.Outcome(
          false,
          "--register needs the server's address, e.g. --register http://192.168.1.10:8080"
              + " (or an active server and its standby: http://a:8080,http://b:8080)");
    }
    if (manager == null || !manager.contains(":")) {
      return new Registration.Outcome(
          false, "--register needs a manager's sign-in: --manager user:password");
    }
    return new Registration(HttpClient.newHttpClient())
        .register(
            Path.of(KioskApp.option(args, "--config", "kiosk.properties")),
            new Registration.Request(
                java.util.Arrays.stream(server.split(",")).map(s -> URI.create(s.trim())).toList(),
                manager,
                KioskApp.option(args, "--name", "Kiosk"),
                KioskApp.option(args, "--printer", null)));
  }
}
