package org.hallqueue.kiosk.flow;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hallqueue.kiosk.settings.KioskSettings;

/**
 * The setup screen shown when the settings are wrong: visitors see "out of service"; staff enter
 * the PIN to see what is wrong and reload the settings once fixed.
 */
public final class SetupViewModel {

  private final Supplier<KioskSettings.Reading> reader;
  private final Consumer<KioskSettings> onFixed;
  private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper entered = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper wrongPin = new ReadOnlyBooleanWrapper();
  private final String reason;
  private String pin;

  /** For settings that cannot be read or are incomplete. */
  public SetupViewModel(
      KioskSettings.Reading first,
      Supplier<KioskSettings.Reading> reader,
      Consumer<KioskSettings> onFixed) {
    this(first, reader, onFixed, "");
  }

  /**
   * @param reason the key of a message saying what went wrong, shown in both languages ("" for
   *     none), e.g. {@code setup.tokenRefused} when the server refused the device token
   */
  public SetupViewModel(
      KioskSettings.Reading first,
      Supplier<KioskSettings.Reading> reader,
      Consumer<KioskSettings> onFixed,
      String reason) {
    this.reader = reader;
    this.onFixed = onFixed;
    this.problems.set(first.problems());
    this.pin = first.setupPin();
    this.reason = reason;
  }

  /** The key of the message saying what went wrong, or "". */
  public String reason() {
    return reason;
  }

  /** What is wrong; shown only once unlocked. */
  public ReadOnlyObjectProperty<List<String>> problemsProperty() {
    return problems.getReadOnlyProperty();
  }

  /** As many dots as digits entered. */
  public ReadOnlyStringProperty enteredProperty() {
    return entered.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty unlockedProperty() {
    return unlocked.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty wrongPinProperty() {
    return wrongPin.getReadOnlyProperty();
  }

  private final StringBuilder digits = new StringBuilder();

  public void digit(int d) {
    if (unlocked.get() || digits.length() >= 12) {
      return;
    }
    digits.append(d);
    entered.set("●".repeat(digits.length()));
    wrongPin.set(false);
    if (digits.length() == pin.length()) {
      if (digits.toString().equals(pin)) {
        unlocked.set(true);
      } else {
        wrongPin.set(true);
      }
      digits.setLength(0);
      entered.set("");
    }
  }

  public void clear() {
    digits.setLength(0);
    entered.set("");
    wrongPin.set(false);
  }

  /** Reads the settings again; when they are right, the kiosk starts. Staff only. */
  public void reload() {
    if (!unlocked.get()) {
      return;
    }
    KioskSettings.Reading reading = reader.get();
    pin = reading.setupPin();
    if (reading.ok()) {
      onFixed.accept(reading.settings());
    } else {
      problems.set(reading.problems());
    }
  }
}
