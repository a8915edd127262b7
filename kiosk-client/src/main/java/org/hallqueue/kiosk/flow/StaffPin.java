package org.hallqueue.kiosk.flow;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A staff PIN pad: the digits entered (shown as dots), whether the last PIN was wrong, and whether
 * it is unlocked. What it guards (settings problems, a fault's technical reason) is for staff only.
 */
public final class StaffPin {
  private static final int MAX_DIGITS = 12;

  private final ReadOnlyStringWrapper entered = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper wrongPin = new ReadOnlyBooleanWrapper();
  private final StringBuilder digits = new StringBuilder();
  private String pin;

  public StaffPin(String pin) {
    this.pin = pin;
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

  public void digit(int d) {
    if (unlocked.get() || digits.length() >= MAX_DIGITS) {
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

  /** Locked again, nothing entered: the next person sees only what visitors see. */
  public void lock() {
    clear();
    unlocked.set(false);
  }

  /** The PIN from settings read again. */
  void change(String newPin) {
    pin = newPin;
  }
}
