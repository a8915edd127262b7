package org.hallqueue.server.persistence;

import java.util.function.Supplier;

/**
 * Runs a change as one durable transaction: everything it writes, its events included, commits
 * together or not at all. {@link Writes} is the server's; tests run changes directly.
 */
public interface Transactions {
  <T> T inTransaction(Supplier<T> change);
}
