package org.hallqueue.floorplans.cli;

/** The command line was wrong; the tool prints the message and the usage, and exits with 2. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
