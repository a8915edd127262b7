package org.hallqueue.server.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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

  public Writes(PlatformTransactionManager transactions, ApplicationEventPublisher publisher) {
    this.batch = new TransactionTemplate(transactions);
    this.each = new TransactionTemplate(transactions);
    this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.publisher = publisher;
    this.writer = new Thread(this::run, "db-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** Runs {@code change} in a durable transaction and returns its result once committed. */
  public <T> T inTransaction(Supplier<T> change) {
    if (Thread.currentThread() == writer) {
      return change.get(); // already inside the writer's transaction
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
      throw new StorageUnavailableException("saving took longer than 30 seconds");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageUnavailableException("interrupted while saving");
    }
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

  private void commit(List<Work<?>> works) {
    List<Runnable> outcomes = new ArrayList<>(works.size());
    batchNumber++;
    batchUndos.clear();
    batchAfterCommit.clear();
    try {
      batch.executeWithoutResult(
          status -> {
            for (Work<?> work : works) {
              outcomes.add(runChange(work));
            }
          });
    } catch (RuntimeException e) {
      log.error("a batch of {} changes could not be committed", works.size(), e);
      undo(batchUndos);
      for (Work<?> work : works) {
        work.result.completeExceptionally(
            new StorageUnavailableException(
                "the database could not save the change (see the server log); try again"));
      }
      return;
    }
    for (Runnable action : batchAfterCommit) {
      try {
        action.run();
      } catch (RuntimeException e) {
        log.error("an action after a commit failed", e);
      }
    }
    outcomes.forEach(Runnable::run);
    publisher.publishEvent(new Committed());
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

  /** Published on the writer thread after each durable commit. */
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
