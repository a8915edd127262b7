package org.hallqueue.server.persistence;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values read from the database, kept in memory until a change to the rows they were read from is
 * written. The owner calls {@link #changing()} in every change that writes those rows, so the owner
 * must be the only writer of them.
 *
 * <ul>
 *   <li>A change forgets every value at once, again when its batch commits and again if it rolls
 *       back; a version number makes a reader that loaded the old rows meanwhile not keep them.
 *   <li>For the rest of a batch that has written the rows, the writer thread reads the database
 *       itself (what its transaction sees) and caches nothing.
 * </ul>
 */
public final class CommittedCache<K, V> {
  private final Writes writes;
  private final AtomicLong version = new AtomicLong();
  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

  /** Writer thread only: the last batch that changed the rows. */
  private long changedInBatch = -1;

  private record Entry<V>(long version, V value) {}

  public CommittedCache(Writes writes) {
    this.writes = writes;
  }

  /** The value for {@code key}, loaded with {@code load} when not held (or not current). */
  public V get(K key, Function<? super K, ? extends V> load) {
    if (writes.isWriterThread() && changedInBatch == writes.batchNumber()) {
      return load.apply(key);
    }
    long current = version.get();
    Entry<V> held = entries.get(key);
    if (held != null && held.version() == current) {
      return held.value();
    }
    V value = load.apply(key);
    if (version.get() == current) {
      entries.put(key, new Entry<>(current, value));
    }
    return value;
  }

  /** Call before writing the rows the values are read from, inside the change that writes them. */
  public void changing() {
    forget();
    if (writes.inChange()) {
      changedInBatch = writes.batchNumber();
      writes.afterCommit(this::forget);
      writes.onRollback(this::forget);
    }
  }

  /** Forgets every value now. */
  public void forget() {
    version.incrementAndGet();
    entries.clear();
  }
}
