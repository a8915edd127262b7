package org.hallqueue.floorplans.format;

import java.math.BigDecimal;

/** Formats numbers the shortest way that reads back as the same {@code double}. */
public final class JsonNumbers {
  private JsonNumbers() {}

  /** {@code 12.0} becomes {@code 12}, {@code 0.1} stays {@code 0.1}; never an exponent. */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    if (value == 0) {
      return "0";
    }
    // Double.toString round-trips; BigDecimal removes its exponent and trailing zeros.
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
