package org.hallqueue.kiosk.flow;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.hallqueue.floorplans.model.Lang;

/** Reads text aloud. */
public interface Speech {

  /** Whether a speech engine is installed. */
  boolean available();

  /** Says the text, interrupting whatever is being said. */
  void say(String text, Lang lang);

  /** Stops speaking. */
  void stop();

  /** {@code espeak-ng} (Linux), when installed; Mandarin voice {@code cmn}, English {@code en}. */
  static Speech espeak() {
    return new Espeak();
  }

  /** A kiosk without speech. */
  static Speech none() {
    return new Speech() {
      @Override
      public boolean available() {
        return false;
      }

      @Override
      public void say(String text, Lang lang) {}

      @Override
      public void stop() {}
    };
  }

  /** Speaks through an {@code espeak-ng} process per utterance. */
  final class Espeak implements Speech {
    private final boolean installed;
    private Process current;

    Espeak() {
      boolean ok;
      try {
        Process p = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start();
        ok = p.waitFor(3, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        ok = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ok = false;
      }
      installed = ok;
    }

    @Override
    public boolean available() {
      return installed;
    }

    @Override
    public synchronized void say(String text, Lang lang) {
      stop();
      if (!installed || text.isBlank()) {
        return;
      }
      try {
        current =
            new ProcessBuilder(
                    "espeak-ng", "-v", lang == Lang.EN ? "en" : "cmn", "-s", "140", "--", text)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
      } catch (IOException e) {
        current = null;
      }
    }

    @Override
    public synchronized void stop() {
      if (current != null) {
        current.destroy();
        current = null;
      }
    }
  }
}
