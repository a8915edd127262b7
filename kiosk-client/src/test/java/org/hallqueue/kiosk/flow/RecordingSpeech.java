package org.hallqueue.kiosk.flow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hallqueue.floorplans.model.Lang;

/**
 * Speech that writes down what it would say ("zh-CN: …", "en: …") and when it was told to stop
 * ("(silence)"); the real engine is a process (see {@link Speech}).
 */
final class RecordingSpeech implements Speech {

  private final List<String> spoken = new CopyOnWriteArrayList<>();
  private volatile boolean installed = true;

  /** What was said, in order. */
  List<String> spoken() {
    return spoken;
  }

  /** As if no speech engine were installed. */
  void uninstall() {
    installed = false;
  }

  @Override
  public boolean available() {
    return installed;
  }

  @Override
  public void say(String text, Lang lang) {
    spoken.add(lang.tag() + ": " + text);
  }

  @Override
  public void stop() {
    spoken.add("(silence)");
  }
}
