package org.hallqueue.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Makes a file read-only for the server, also when the tests run as root (who ignores permission
 * bits): then the file is marked immutable with chattr. Undone on close.
 */
public final class WriteProtection implements AutoCloseable {
  private final Path file;
  private final Set<PosixFilePermission> before;
  private final boolean immutable;

  private WriteProtection(Path file, Set<PosixFilePermission> before, boolean immutable) {
    this.file = file;
    this.before = before;
    this.immutable = immutable;
  }

  public static WriteProtection of(Path file) throws IOException, InterruptedException {
    Set<PosixFilePermission> before = Files.getPosixFilePermissions(file);
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      chattr("+i", file);
    } else {
      Files.setPosixFilePermissions(
          file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ));
    }
    return new WriteProtection(file, before, root);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (immutable) {
      chattr("-i", file);
    }
    Files.setPosixFilePermissions(file, before);
  }

  private static void chattr(String flag, Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("chattr", flag, file.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IOException("chattr " + flag + " " + file + " failed");
    }
  }
}
