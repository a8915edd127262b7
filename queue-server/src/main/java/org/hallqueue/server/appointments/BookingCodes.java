package org.hallqueue.server.appointments;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Booking codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits,
 * written {@code K7QM-4RTX} on the slip. The code is the visitor's only proof, so it is random;
 * typed with or without the dash, in either case.
 */
final class BookingCodes {
  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{8}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private BookingCodes() {}

  static String next() {
    StringBuilder code = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as stored, from what a visitor typed or a scanner read; null if it cannot be one. */
  static String normal(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return CODE.matcher(code).matches() ? code : null;
  }
}
