package org.hallqueue.server.simulation;

import java.util.SplittableRandom;

/**
 * Independent random streams, one per purpose, derived from (seed, replication, stream id). Two
 * scenarios with the same seed draw the same arrivals and the same visitors' service times and
 * conduct, whatever else differs (common random numbers), because no stream is shared between
 * purposes.
 */
final class RandomStreams {
  private final long seed;

  RandomStreams(long seed) {
    this.seed = seed;
  }

  SplittableRandom stream(int replication, String purpose, String... keys) {
    long h = mix(seed + 0x9E3779B97F4A7C15L * (replication + 1L));
    h = mix(h ^ id(purpose));
    for (String key : keys) {
      h = mix(h ^ id(key));
    }
    return new SplittableRandom(h);
  }

  /** A stable 64-bit id of a text (FNV-1a), the same on every JVM. */
  private static long id(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
