package org.hallqueue.kiosk.flow;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.kiosk.server.QueueApi;
import org.hallqueue.kiosk.server.ServerException;
import org.hallqueue.kiosk.server.Text;
import org.hallqueue.kiosk.text.Texts;

/**
 * What every screen offers: the visitor's language, and the three help buttons at the bottom (大字
 * large text, 语音 voice, 人工帮助 call staff) with the short notice line above them.
 */
public final class AccessibilityViewModel {

  private final QueueApi api;
  private final Speech speech;
  private final Texts texts;
  private final Navigation navigation;
  private final Executor ui;
  private final Executor background;
  private final Consumer<ServerException> refused;
  private final String kioskId;

  private final ReadOnlyObjectWrapper<Lang> lang = new ReadOnlyObjectWrapper<>(Lang.ZH_CN);
  private final ReadOnlyBooleanWrapper largeText = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper voice = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

  /**
   * @param refused told (on the UI executor) when the server refuses the device token
   */
  AccessibilityViewModel(
      QueueApi api,
      Speech speech,
      Texts texts,
      Navigation navigation,
      Executor ui,
      Executor background,
      Consumer<ServerException> refused,
      String kioskId) {
    this.api = api;
    this.speech = speech;
    this.texts = texts;
    this.navigation = navigation;
    this.ui = ui;
    this.background = background;
    this.refused = refused;
    this.kioskId = kioskId;
    // a notice is said as it appears ("staff have been told", "the printer is out of paper" …)
    notice.addListener(
        (o, was, now) -> {
          if (!now.isEmpty()) {
            say(text(now));
          }
        });
  }

  public ReadOnlyObjectProperty<Lang> langProperty() {
    return lang.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty largeTextProperty() {
    return largeText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty voiceProperty() {
    return voice.getReadOnlyProperty();
  }

  /** The key of a short message for the visitor ("" for none). */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** A kiosk text in the visitor's language. */
  public String text(String key, Object... args) {
    return texts.get(lang.get(), key, args);
  }

  /** A kiosk text in a given language. */
  public String textIn(Lang language, String key, Object... args) {
    return texts.get(language, key, args);
  }

  /** A server text in the visitor's language. */
  public String text(Text text) {
    return text.in(lang.get());
  }

  /** Switches the language without leaving the screen. */
  public void switchLanguage() {
    navigation.touched();
    lang.set(lang.get() == Lang.ZH_CN ? Lang.EN : Lang.ZH_CN);
  }

  public void toggleLargeText() {
    navigation.touched();
    largeText.set(!largeText.get());
  }

  /**
   * 长辈模式, one touch on the start screen: large text and voice together (voice only where a speech
   * engine is installed; otherwise the "no voice" notice), and the screen read aloud.
   */
  public void elderlyMode() {
    navigation.touched();
    largeText.set(true);
    if (!speech.available()) {
      notice.set("notice.noVoice");
      return;
    }
    voice.set(true);
    navigation.readAloud();
  }

  public void toggleVoice() {
    navigation.touched();
    if (!speech.available()) {
      voice.set(false);
      notice.set("notice.noVoice");
      return;
    }
    voice.set(!voice.get());
    if (voice.get()) {
      navigation.readAloud();
    } else {
      speech.stop();
    }
  }

  /**
   * Raises a help call every floor assistant's page shows (its acceptance comes back on the event
   * stream as "a staff member is coming"), and the alert the manager console shows.
   */
  public void callStaff() {
    navigation.touched();
    long v = navigation.visit();
    notice.set("notice.staffCalling");
    background.execute(
        () -> {
          String result;
          try {
            api.callHelp();
            api.reportStatus("HELP_REQUESTED", "visitor asked for help at " + kioskId + "");
            result = "notice.staffCalled";
          } catch (ServerException e) {
            result = "notice.staffCallFailed";
            if (e.tokenRefused()) {
              ui.execute(() -> refused.accept(e));
            }
          }
          String r = result;
          ui.execute(
              () -> {
                if (v == navigation.visit()) {
                  notice.set(r);
                }
              });
        });
  }

  void chooseLanguage(Lang language) {
    lang.set(language);
  }

  /** Shows a short message (a key of the kiosk's texts; "" for none). */
  void notice(String key) {
    notice.set(key);
  }

  /** Reads a text aloud in the visitor's language, when voice is on. */
  void say(String text) {
    if (voice.get()) {
      speech.say(text, lang.get());
    }
  }

  /**
   * A text as a spoken sentence in the visitor's language: ended by "." or "。" unless it already
   * ends with a stop, a question or an exclamation mark, or "…"; then a space.
   */
  String sentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return "";
    }
    boolean ended = ".。!！?？…:：".indexOf(t.charAt(t.length() - 1)) >= 0;
    return (ended ? t : t + (lang.get() == Lang.EN ? "." : "。")) + ' ';
  }

  /** The notice on show in the visitor's words, followed by a space; "" for none. */
  String spokenNotice() {
    return notice.get().isEmpty() ? "" : sentence(text(notice.get()));
  }

  void clearNotice() {
    notice.set("");
  }

  /** A new visit: normal text, no voice, Chinese. */
  void reset() {
    largeText.set(false);
    if (voice.get()) {
      speech.stop();
    }
    voice.set(false);
    lang.set(Lang.ZH_CN);
  }
}
