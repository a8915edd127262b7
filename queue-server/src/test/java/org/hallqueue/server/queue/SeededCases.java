package org.hallqueue.server.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Seeded random cases for property tests: one seed per case, drawn from a fixed base seed so every
 * run checks the same cases. A case is named by its seed, so a failing one can be replayed alone
 * with {@code -Dseed=<seed>}; {@code -Dseeds.base=<n>} draws a different set of seeds. Test classes
 * that use it extend with {@link SeedInFailures}, because the build's report names a parameterized
 * case by its index only.
 */
final class SeededCases {
  private static final long BASE_SEED = Long.getLong("seeds.base", 20261123L);

  private SeededCases() {}

  /** {@code count} seeds from the base seed, or only the seed given with {@code -Dseed}. */
  static Stream<Seed> seeds(int count) {
    String replay = System.getProperty("seed");
    if (replay != null && !replay.isBlank()) {
      return Stream.of(new Seed(Long.parseLong(replay.trim())));
    }
    return baseSeeds(count);
  }

  /** The first {@code count} seeds drawn from the base seed, whatever {@code -Dseed} says. */
  static Stream<Seed> baseSeeds(int count) {
    SplittableRandom base = new SplittableRandom(BASE_SEED);
    return LongStream.generate(base::nextLong).limit(count).mapToObj(Seed::new);
  }

  /** Puts the failing case's display name, the seed, at the head of its failure message. */
  static final class SeedInFailures implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
        throws Throwable {
      if (!context.getDisplayName().startsWith("seed ")) {
        throw failure;
      }
      throw new AssertionError(context.getDisplayName() + ": " + failure.getMessage(), failure);
    }
  }

  /** One case's seed; its name is the case's display name. */
  record Seed(long value) {
    Draws draws() {
      return new Draws(new SplittableRandom(value));
    }

    @Override
    public String toString() {
      return "seed " + value + " (replay: -Dseed=" + value + ")";
    }
  }

  /**
   * Values drawn from one case's random source. Ranges hit their bounds more often than uniform
   * drawing would (one draw in ten), because rules break at the edges.
   */
  static final class Draws {
    private final SplittableRandom random;

    private Draws(SplittableRandom random) {
      this.random = random;
    }

    long between(long min, long max) {
      int edge = random.nextInt(20);
      if (edge == 0) {
        return min;
      }
      if (edge == 1) {
        return max;
      }
      return random.nextLong(min, max + 1);
    }

    int between(int min, int max) {
      return (int) between((long) min, (long) max);
    }

    /** Whether a one-in-{@code n} chance came up. */
    boolean oneIn(int n) {
      return random.nextInt(n) == 0;
    }

    long anyLong() {
      return random.nextLong();
    }

    @SafeVarargs
    final <T> T oneOf(T... values) {
      return values[random.nextInt(values.length)];
    }

    <T> T oneOf(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
      int size = between(minSize, maxSize);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(element.get());
      }
      return list;
    }

    <T> List<T> shuffled(List<T> values) {
      List<T> list = new ArrayList<>(values);
      for (int i = list.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        T swap = list.get(i);
        list.set(i, list.get(j));
        list.set(j, swap);
      }
      return list;
    }
  }
}
