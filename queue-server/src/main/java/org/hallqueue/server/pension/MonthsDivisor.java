package org.hallqueue.server.pension;

/**
 * The months the personal account is divided by (计发月数), by age at retirement, from the table of
 * 国发〔2005〕38号. The table is national and fixed, so it lives here; the local figures are data.
 */
public final class MonthsDivisor {
  public static final int YOUNGEST = 50;
  public static final int OLDEST = 65;

  private static final int[] MONTHS = {
    195, 190, 185, 180, 175, 170, 164, 158, 152, 145, 139, 132, 125, 117, 109, 101
  };

  private MonthsDivisor() {}

  /**
   * The months for a retirement at {@code age}, between {@value #YOUNGEST} and {@value #OLDEST}.
   */
  public static int at(int age) {
    if (age < YOUNGEST || age > OLDEST) {
      throw new IllegalArgumentException("no months divisor for age " + age);
    }
    return MONTHS[age - YOUNGEST];
  }
}
