package org.hallqueue.printer;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeds for property tests, one per case. A case's seed is its display name ({@code seed 42}), so a
 * failure names the seed and {@code -Dseed=42} replays just that case; {@code -Dseeds.base=N} draws
 * a different series of seeds for a whole run.
 */
public final class Seeds {
  private static final long DEFAULT_BASE = 20261206L;

  private Seeds() {}

  /**
   * Runs one case of a property; when it fails, the failure starts with the case's seed and how to
   * replay it (test reports show a case's number, not its name).
   */
  public static void check(long seed, Runnable property) {
    try {
      property.run();
    } catch (AssertionError e) {
      throw new AssertionError(
          "seed " + seed + " (replay: -Dseed=" + seed + "): " + e.getMessage(), e);
    }
  }

  /** {@code count} seeds, or only the one given as {@code -Dseed}. */
  public static LongStream of(int count) {
    Long replay = Long.getLong("seed");
    if (replay != null) {
      return LongStream.of(replay);
    }
    SplittableRandom series = new SplittableRandom(Long.getLong("seeds.base", DEFAULT_BASE));
    return LongStream.generate(series::nextLong).limit(count);
  }
}
