package org.hallqueue.server;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar queue-server.jar} on a hall PC runs the server in a JVM sized for it: a jar's
 * manifest cannot set heap flags, and a JVM left to itself takes a quarter of the machine's memory
 * for its heap and grows into it. Started without heap flags, the server starts itself again as a
 * child JVM with the flags below and passes its exit code on; the launching JVM only waits. Any
 * {@code -Xmx} or {@code -XX:Max…RAM…} flag of one's own, a debugger, or {@code
 * -Dqueue.jvm.sized=true} runs the server in place instead.
 */
final class SizedJvm {
  static final String SIZED = "queue.jvm.sized";

  /**
   * A bounded heap that starts small and gives back what it no longer needs after a collection, the
   * serial collector (no collector threads and tables), both compilers but only one thread each
   * (the optimising one doubles the tickets a second core can issue, see
   * queue-server/BENCHMARK.md), and the C library's free memory returned to the system every 5 s
   * (the optimising compiler's work memory would otherwise stay resident). Unknown options are
   * ignored so that a JDK 17 older than 17.0.9, which lacks the last, still starts. Give your own
   * {@code -Xmx} to run with the JVM's defaults.
   */
  static final List<String> FLAGS =
      List.of(
          "-Xms32m", // else the JVM starts with a heap of 1/64 of the machine, clamped to -Xmx
          "-Xmx160m",
          "-XX:MinHeapFreeRatio=10",
          "-XX:MaxHeapFreeRatio=40",
          "-Xss512k",
          "-XX:+UseSerialGC",
          "-XX:MaxMetaspaceSize=160m",
          "-XX:ReservedCodeCacheSize=64m",
          "-XX:MaxDirectMemorySize=32m",
          "-XX:Tier4InvocationThreshold=15000",
          "-XX:Tier4MinInvocationThreshold=1800",
          "-XX:Tier4CompileThreshold=45000",
          "-XX:Tier4BackEdgeThreshold=120000",
          "-XX:+IgnoreUnrecognizedVMOptions",
          "-XX:+UnlockExperimentalVMOptions",
          "-XX:TrimNativeHeapInterval=1000");

  private SizedJvm() {}

  /**
   * Runs the server in a sized child JVM when this one was started from the jar without sizing, and
   * returns its exit code; empty when the server should run in this JVM.
   */
  static Optional<Integer> runSized(String[] args) {
    List<String> ours = ManagementFactory.getRuntimeMXBean().getInputArguments();
    boolean sizedOrDebugged =
        Boolean.getBoolean(SIZED)
            || ours.stream()
                .anyMatch(
                    a ->
                        a.startsWith("-Xmx")
                            || a.startsWith("-XX:MaxHeapSize")
                            || a.startsWith("-XX:MaxRAM")
                            || a.startsWith("-agentlib:jdwp"));
    String classPath = System.getProperty("java.class.path", "");
    Optional<String> java = ProcessHandle.current().info().command();
    if (sizedOrDebugged || classPath.isEmpty() || java.isEmpty()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.addAll(ours);
    command.addAll(FLAGS);
    command.add("-D" + SIZED + "=true");
    command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
    if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
      command.add("-jar"); // java -jar queue-server.jar: the jar's own launcher
      command.add(classPath);
    } else {
      command.add("-cp");
      command.add(classPath);
      command.add(QueueServerApplication.class.getName());
    }
    command.addAll(List.of(args));
    try {
      ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
      // glibc gives each thread that allocates its own malloc arena; a few are enough for a JVM
      builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
      Process server = builder.start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.destroy(); // a graceful stop: the child runs its own shutdown hooks
                    try {
                      server.waitFor();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
      System.gc(); // gives back the little heap the launcher touched; it only waits from here
      return Optional.of(server.waitFor());
    } catch (IOException e) {
      System.err.println("Cannot start a sized JVM (" + e.getMessage() + "); running unsized.");
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(1);
    }
  }

  static final String PARENT = "queue.jvm.parent";

  /**
   * In the child: stops the server when the launching JVM is gone (killed), not to run orphaned.
   */
  static void followParent() {
    String parent = System.getProperty(PARENT);
    if (parent == null) {
      return;
    }
    ProcessHandle.of(Long.parseLong(parent))
        .ifPresent(p -> p.onExit().thenRun(() -> System.exit(1)));
  }
}
