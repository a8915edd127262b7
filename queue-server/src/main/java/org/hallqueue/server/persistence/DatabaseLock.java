package org.hallqueue.server.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a file next to the database ({@code queue.db.lock}), held for the life of
 * the server, so that two servers never work on one database: each keeps its queues in memory, and
 * two would call the same ticket. The lock file names the process that holds it.
 */
public final class DatabaseLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private DatabaseLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code database}, or refuses with a plain sentence when another process holds
   * it or the database cannot be written.
   */
  public static DatabaseLock take(Path database) {
    Path file = lockFileOf(database);
    if (Files.exists(database) && !writable(database)) {
      throw new DatabaseRefusedException(
          "The database file "
              + database
              + " is read-only; let the server's user write to it and to its directory.");
    }
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new DatabaseRefusedException(
          "The server cannot create its lock file "
              + file
              + "; let the server's user write to "
              + file.getParent()
              + ".");
    }
    FileLock lock = tryLock(channel);
    if (lock == null) {
      String holder = holderOf(channel);
      close(channel);
      throw new DatabaseRefusedException(
          "Another queue server"
              + (holder.isEmpty() ? "" : " (process " + holder + ")")
              + " is already using the database "
              + database
              + "; stop it first, or give this server another spring.datasource.url.");
    }
    try {
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
          0);
      channel.force(false);
    } catch (IOException e) {
      // the pid only makes a refusal clearer; the lock holds without it
    }
    return new DatabaseLock(channel, lock);
  }

  /** No lock, for a database in memory. */
  static DatabaseLock none() {
    return new DatabaseLock(null, null);
  }

  static Path lockFileOf(Path database) {
    return database.resolveSibling(database.getFileName() + ".lock");
  }

  @Override
  public void close() {
    if (channel == null) {
      return;
    }
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    close(channel);
  }

  private static FileLock tryLock(FileChannel channel) {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // this very process holds it
    } catch (IOException e) {
      close(channel);
      throw new DatabaseRefusedException(
          "The server cannot lock its database: " + e.getMessage() + ".");
    }
  }

  private static boolean writable(Path file) {
    try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.WRITE)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String holderOf(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      int read = channel.read(buffer, 0);
      return read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      return "";
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }
}
