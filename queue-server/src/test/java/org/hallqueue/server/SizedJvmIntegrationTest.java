package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review finding 21: started without JVM flags, as the README starts it, the server runs in a JVM
 * with a bounded heap and stays under the README's 300 MB resident after a few hundred tickets.
 */
class SizedJvmIntegrationTest {
  private static final long LIMIT_KB = 300 * 1024;

  @TempDir Path data;

  @Test
  void shouldRunInABoundedJvmThatStaysUnder300MbAfterAFewHundredTickets() throws Exception {
    try (ServerProcess server = ServerProcess.withoutJvmFlags(data)) {
      Api api = server.start();
      Api.Auth kiosk = api.newKiosk("Kiosk");
      ExecutorService kiosks = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> issued = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
          String service = "ABCD".substring(i % 4, i % 4 + 1);
          issued.add(
              kiosks.submit(
                  () ->
                      api.post("/api/v1/tickets", "{\"service\":\"" + service + "\"}", kiosk)
                          .status()));
        }
        for (Future<Integer> status : issued) {
          assertThat(status.get()).isEqualTo(201);
        }
      } finally {
        kiosks.shutdown();
      }

      List<String> commandLines = new ArrayList<>();
      for (ProcessHandle jvm : server.jvms()) {
        commandLines.add(
            Files.readString(Path.of("/proc", Long.toString(jvm.pid()), "cmdline"))
                .replace('\0', ' '));
      }
      assertThat(commandLines)
          .as("a JVM runs the server with a bounded heap")
          .anySatisfy(line -> assertThat(line).contains(" -Xmx160m "));
      long residentKb = server.residentKb();
      System.out.printf("resident after 400 tickets: %d MB%n", residentKb / 1024);
      assertThat(residentKb).isLessThan(LIMIT_KB);
    }
  }
}
