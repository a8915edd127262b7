package org.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.hallqueue.printer.PrinterEmulator.Condition;
import org.hallqueue.printer.PrinterStatus.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A network printer on a real socket: a ServerSocket on a free port with an emulated printer. */
class TcpPrinterTest {

  private ServerSocket server;
  private volatile PrinterEmulator printer;
  private volatile Condition condition = Condition.READY;
  private volatile boolean stalled;

  @BeforeEach
  void listen() throws IOException {
    server = new ServerSocket();
    server.setReceiveBufferSize(4096);
    server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread accept =
        new Thread(
            () -> {
              try {
                while (true) {
                  Socket socket = server.accept();
                  PrinterEmulator next =
                      new PrinterEmulator(
                          socket.getInputStream(), socket.getOutputStream(), condition);
                  if (stalled) {
                    next.stopReading();
                  }
                  printer = next;
                }
              } catch (IOException closed) {
                // test over
              }
            });
    accept.setDaemon(true);
    accept.start();
  }

  @AfterEach
  void close() throws IOException {
    server.close();
  }

  private String uri(String options) {
    return "tcp://127.0.0.1:" + server.getLocalPort() + (options.isEmpty() ? "" : "?" + options);
  }

  @Test
  void shouldPrintARasterTicketOverTheNetwork() throws Exception {
    byte[] expected =
        TicketEncoder.encode(Tickets.flexibleEmploymentInChinese(), Mode.RASTER, PaperWidth.MM80);

    try (Printer p = Printer.open(uri("timeout=2000"))) {
      p.print(Tickets.flexibleEmploymentInChinese(), Mode.RASTER, PaperWidth.MM80);
    }

    assertThat(printer.awaitPrinted(expected.length, Duration.ofSeconds(5))).isEqualTo(expected);
  }

  @Test
  void shouldReadTheStatusOverTheNetwork() throws Exception {
    condition = Condition.COVER_OPEN;
    try (Printer p = Printer.open(uri(""))) {
      PrinterStatus status = p.status();

      assertThat(status.state()).isEqualTo(State.COVER_OPEN);
      assertThat(status.reason()).contains("cover open");
    }
  }

  @Test
  void shouldSayWhoRefusedTheConnection() {
    // port 1 (tcpmux) is privileged and unused: unlike a just-closed free port, nobody takes it
    try (Printer p = Printer.open("tcp://127.0.0.1:1?timeout=1000")) {
      assertThatThrownBy(p::status)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("127.0.0.1:1")
          .hasMessageContaining("refused");
    }
  }

  @Test
  void shouldTimeOutWhenTheNetworkPrinterStopsTakingData() throws Exception {
    stalled = true;
    try (Printer p = Printer.open(uri("timeout=400&status=false"))) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> p.send(new byte[32_000_000]))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("stopped taking data for 400 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }
}
