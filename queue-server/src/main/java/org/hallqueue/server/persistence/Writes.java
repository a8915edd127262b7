package org.hallqueue.server.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change to the database goes through here, on one writer thread. Concurrent changes are
 * committed together in one durable transaction (group commit), each inside its own savepoint so
 * that one refused change rolls back alone. A caller returns only after the commit is on disk.
 *
 * <p>One writer means SQLite never answers SQLITE_BUSY and the event log's seq, assigned inside the
 * transaction, is strictly increasing and gap-free.
 */
@Component
public class Writes implements Transactions, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(Writes.class);
  private static final int MAX_BATCH = 256;
  private static final long FILE_CHECK_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final TransactionTemplate batch;
  private final TransactionTemplate each;
  private final ApplicationEventPublisher publisher;
  private final BlockingQueue<Work<?>> pending = new LinkedBlockingQueue<>(10_000);
  private final Thread writer;
  private volatile boolean running = true;

  /** Writer thread only: the change running now, and the undo steps of the batch so far. */
  private Work<?> current;

  private final List<Runnable> batchUndos = new ArrayList<>();
  private final List<Runnable> batchAfterCommit = new ArrayList<>();
  private volatile long batchNumber;

  private final DatabaseFileWatch files;
  private final DataSource database;
  private long filesCheckedAt;

  /** Why the writer stopped for good (the database's files are gone), or null. */
  private volatile String stopped;

  /** Why the last batch failed, or null when it committed. */
  private volatile String lastFailure;

  public Writes(
      PlatformTransactionManager transactions,
      ApplicationEventPublisher publisher,
      DatabaseFileWatch files,
      DataSource database) {
    this.batch = new TransactionTemplate(transactions);
    this.each = new TransactionTemplate(transactions);
    this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.publisher = publisher;
    this.files = files;
    this.database = database;
    this.writer = new Thread(this::run, "db-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** Runs {@code change} in a durable transaction and returns its result once committed. */
  public <T> T inTransaction(Supplier<T> change) {
    if (Thread.currentThread() == writer) {
      return change.get(); // already inside the writer's transaction
    }
    if (stopped != null) {
      throw new StorageUnavailableException("saving is stopped: " + stopped);
    }
    Work<T> work = new Work<>(change);
    if (!running || !pending.offer(work)) {
      throw new StorageUnavailableException("the server is too busy to save changes right now");
    }
    try {
      return work.result.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      log.error("a change failed with a checked exception", e.getCause());
      throw new StorageUnavailableException("saving failed; see the server log");
    } catch (TimeoutException e) {
      throw new StorageUnavailableException("saving took longer than 30 seconds", true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageUnavailableException("interrupted while saving");
    }
  }

  /**
   * Null while changes are being saved; else why not: saving stopped for good, or the last batch
   * failed.
   */
  public String problem() {
    String why = stopped;
    return why != null ? why : lastFailure;
  }

  /** Whether the calling thread is the writer, i.e. runs inside the writing transaction. */
  public boolean isWriterThread() {
    return Thread.currentThread() == writer;
  }

  /** Whether the calling thread runs a change inside the writer's transaction now. */
  public boolean inChange() {
    return Thread.currentThread() == writer && current != null;
  }

  /**
   * The number of the batch the writer is working on now, or last worked on; increases by one per
   * batch. Lets a cache tell whether the running transaction has written something it holds.
   */
  public long batchNumber() {
    return batchNumber;
  }

  /**
   * For in-memory state kept in step with the database: {@code action} runs on the writer thread
   * once the batch holding the current change is durably committed, before any caller of the batch
   * is answered. It is dropped if the change rolls back to its savepoint or the batch fails. Only
   * inside a change on the writer thread.
   */
  public void afterCommit(Runnable action) {
    requireChange().afterCommit.add(action);
  }

  /**
   * {@code undo} runs on the writer thread if the current change rolls back to its savepoint, or if
   * the batch holding it fails to commit; undo steps run in the reverse order of registration. Only
   * inside a change on the writer thread.
   */
  public void onRollback(Runnable undo) {
    requireChange().undos.add(undo);
  }

  private Work<?> requireChange() {
    if (Thread.currentThread() != writer || current == null) {
      throw new IllegalStateException("only inside a change running on the writer thread");
    }
    return current;
  }

  private void run() {
    List<Work<?>> works = new ArrayList<>();
    while (running) {
      try {
        Work<?> first = pending.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (System.nanoTime() - filesCheckedAt > FILE_CHECK_NANOS) {
            checkFiles();
          }
          continue;
        }
        works.add(first);
        pending.drainTo(works, MAX_BATCH - 1);
        commit(works);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        works.clear();
      }
    }
  }

  /** Stops saving for good when the database's files are no longer the ones opened. */
  private boolean checkFiles() {
    filesCheckedAt = System.nanoTime();
    if (stopped == null) {
      files
          .problem()
          .ifPresent(
              problem -> {
                stopped = problem;
                log.error(
                    "SAVING STOPPED: {}. Nothing more is written; restart the server (or restore"
                        + " the database from a backup).",
                    problem);
                rescueCommitted();
              });
    }
    return stopped == null;
  }

  /**
   * The open connections still reach a deleted write-ahead log: a checkpoint copies the changes it
   * holds into the database file, so that what was acknowledged survives a restart.
   */
  private void rescueCommitted() {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      log.warn("the changes still in the write-ahead log were copied into the database file");
    } catch (SQLException | RuntimeException e) {
      log.error("the changes still in the write-ahead log could not be copied", e);
    }
  }

  private void commit(List<Work<?>> works) {
    if (!checkFiles()) {
      for (Work<?> work : works) {
        work.result.completeExceptionally(
            new StorageUnavailableException("saving is stopped: " + stopped));
      }
      return;
    }
    List<Runnable> outcomes = new ArrayList<>(works.size());
    batchNumber++;
    batchUndos.clear();
    batchAfterCommit.clear();
    boolean[] committing = {false};
    try {
      batch.executeWithoutResult(
          status -> {
            for (Work<?> work : works) {
              outcomes.add(runChange(work));
            }
            committing[0] = true;
          });
    } catch (RuntimeException e) {
      log.error("a batch of {} changes could not be committed", works.size(), e);
      lastFailure = "the database could not save changes: " + rootMessage(e);
      undo(batchUndos);
      for (Work<?> work : works) {
        work.result.completeExceptionally(
            new StorageUnavailableException(
                "the database failed "
                    + (committing[0] ? "while committing the change" : "before saving the change")
                    + ": "
                    + rootMessage(e),
                committing[0]));
      }
      return;
    }
    lastFailure = null;
    for (Runnable action : batchAfterCommit) {
      try {
        action.run();
      } catch (RuntimeException e) {
        log.error("an action after a commit failed", e);
      }
    }
    // The screens' event pump starts on the batch's events before its callers are answered: both
    // then go on in parallel, and the call a clerk made reaches the boards a little sooner.
    try {
      publisher.publishEvent(new Committed());
    } catch (RuntimeException e) {
      log.error("a listener of the commit failed", e);
    }
    outcomes.forEach(Runnable::run);
  }

  /** Runs one change in its savepoint; keeps or undoes its in-memory steps with it. */
  private Runnable runChange(Work<?> work) {
    current = work;
    try {
      Runnable outcome = work.runIn(each);
      if (work.rolledBack) {
        undo(work.undos);
      } else {
        batchUndos.addAll(work.undos);
        batchAfterCommit.addAll(work.afterCommit);
      }
      return outcome;
    } finally {
      current = null;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static void undo(List<Runnable> undos) {
    for (int i = undos.size() - 1; i >= 0; i--) {
      try {
        undos.get(i).run();
      } catch (RuntimeException e) {
        log.error("undoing an in-memory step failed", e);
      }
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    running = false;
    writer.join(5_000);
    for (Work<?> left; (left = pending.poll()) != null; ) {
      left.result.completeExceptionally(
          new StorageUnavailableException("the server is shutting down; try again shortly"));
    }
  }

  /** Published on the writer thread after each durable commit, before its callers are answered. */
  public record Committed() {}

  private static final class Work<T> {
    final Supplier<T> change;
    final CompletableFuture<T> result = new CompletableFuture<>();
    final List<Runnable> undos = new ArrayList<>(2);
    final List<Runnable> afterCommit = new ArrayList<>(2);
    boolean rolledBack;

    Work(Supplier<T> change) {
      this.change = change;
    }

    /** Runs in a savepoint; returns what to tell the caller once the batch has committed. */
    Runnable runIn(TransactionTemplate savepoint) {
      try {
        T value =
            savepoint.execute(
                status -> {
                  T v = change.get();
                  rolledBack = status.isRollbackOnly();
                  return v;
                });
        return () -> result.complete(value);
      } catch (RuntimeException refused) {
        rolledBack = true;
        return () -> result.completeExceptionally(refused);
      }
    }
  }
}
