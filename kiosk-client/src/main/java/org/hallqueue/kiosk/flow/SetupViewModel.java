package org.hallqueue.kiosk.flow;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.hallqueue.kiosk.settings.KioskSettings;

/**
 * The setup screen shown when the settings are wrong: visitors see "out of service"; staff enter
 * the PIN to see what is wrong and reload the settings once fixed.
 */
public final class SetupViewModel {

  private final Supplier<KioskSettings.Reading> reader;
  private final Consumer<KioskSettings> onFixed;
  private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>();
  private final StaffPin pin;
  private final String reason;

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
    this.pin = new StaffPin(first.setupPin());
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
    return pin.enteredProperty();
  }

  public ReadOnlyBooleanProperty unlockedProperty() {
    return pin.unlockedProperty();
  }

  public ReadOnlyBooleanProperty wrongPinProperty() {
    return pin.wrongPinProperty();
  }

  /** The PIN pad itself, for the view. */
  public StaffPin pin() {
    return pin;
  }

  public void digit(int d) {
    pin.digit(d);
  }

  public void clear() {
    pin.clear();
  }

  /** Reads the settings again; when they are right, the kiosk starts. Staff only. */
  public void reload() {
    if (!pin.unlockedProperty().get()) {
      return;
    }
    KioskSettings.Reading reading = reader.get();
    pin.change(reading.setupPin());
    if (reading.ok()) {
      onFixed.accept(reading.settings());
    } else {
      problems.set(reading.problems());
    }
  }
}
