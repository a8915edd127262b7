package org.hallqueue.kiosk;

import java.util.Arrays;
import javafx.application.Application;

/**
 * Starts the kiosk: {@code java -jar kiosk-client.jar [--config kiosk.properties] [--fullscreen]
 * [--screenshots DIR]}. Not a JavaFX {@code Application} itself, so the shaded jar runs on a plain
 * JDK.
 */
public final class Main {
  private Main() {}

  /** When the JVM started the kiosk, for the cold-start measurement. */
  static final long STARTED = System.nanoTime();

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--screenshots")) {
      // Headless rendering: no display needed.
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
      System.setProperty("prism.lcdtext", "false");
      System.setProperty("java.awt.headless", "true");
    }
    Application.launch(KioskApp.class, args);
  }
}
