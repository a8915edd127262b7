package org.hallqueue.printer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.hallqueue.printer.PrinterEmulator;
import org.hallqueue.printer.PrinterEmulator.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool, run in-process, against files and an emulated network printer. */
class PrinterCliTest {

  private static final String SAMPLE = Path.of("examples", "sample-ticket.json").toString();

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new PrinterCli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldPreviewTheSampleTicketAsAPng() throws IOException {
    Path png = dir.resolve("ticket.png");

    int code =
        run(
            "preview",
            "--ticket",
            SAMPLE,
            "--png",
            png.toString(),
            "--mode",
            "raster",
            "--width",
            "58");

    assertThat(code).isEqualTo(PrinterCli.OK);
    assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(384);
  }

  @Test
  void shouldPrintToAFileAndDecodeItBackToAPng() throws IOException {
    Path bin = dir.resolve("ticket.bin");
    Path png = dir.resolve("decoded.png");

    assertThat(run("print", "--printer", "file:" + bin, "--ticket", SAMPLE)).isEqualTo(0);
    assertThat(run("decode", "--bin", bin.toString(), "--png", png.toString())).isEqualTo(0);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "printed A012", "1 QR codes [http://192.168.1.10:8080/t/k3Jd9aZ2qLmX7pQe]", "1 cuts");
    assertThat(Files.size(png)).isPositive();
  }

  @Test
  void shouldExitWith2AndNameTheFieldForABadTicket() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad, Files.readString(Path.of(SAMPLE)).replace("\"position\": 3", "\"position\": -3"));

    assertThat(run("preview", "--ticket", bad.toString(), "--png", dir.resolve("x.png").toString()))
        .isEqualTo(PrinterCli.BAD_INPUT);
    assertThat(errors()).contains("bad.json: position: must be 0 or more, not -3");
  }

  @Test
  void shouldExitWith2ForABadCommandLine() {
    assertThat(run("print", "--ticket", SAMPLE)).isEqualTo(PrinterCli.BAD_INPUT);
    assertThat(errors()).contains("print needs --printer", "usage:");
    assertThat(run("status", "--printer", "lpt:1")).isEqualTo(PrinterCli.BAD_INPUT);
    assertThat(run("preview", "--ticket", SAMPLE, "--png", "x.png", "--width", "76"))
        .isEqualTo(PrinterCli.BAD_INPUT);
    assertThat(errors()).contains("--width: paper width must be 58 or 80");
  }

  @Test
  void shouldExitWith3AndSayWhichFaultWhenThePaperIsOut() throws Exception {
    try (ServerSocket server = emulatedPrinter(Condition.PAPER_OUT)) {
      String uri = "tcp://127.0.0.1:" + server.getLocalPort();

      assertThat(run("print", "--printer", uri, "--ticket", SAMPLE))
          .isEqualTo(PrinterCli.PRINTER_FAULT);
      assertThat(run("status", "--printer", uri)).isEqualTo(PrinterCli.PRINTER_FAULT);
    }
    assertThat(errors()).contains("PAPER_OUT", "paper out");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("PAPER_OUT: paper out");
  }

  @Test
  void shouldExitWith4WhenThePrinterIsSilentOrUnreachable() throws Exception {
    try (ServerSocket server = emulatedPrinter(Condition.SILENT)) {
      assertThat(
              run(
                  "status",
                  "--printer",
                  "tcp://127.0.0.1:" + server.getLocalPort() + "?timeout=200"))
          .isEqualTo(PrinterCli.IO_FAILURE);
    }
    assertThat(run("print", "--printer", "serial:/dev/ttyUSB98", "--ticket", SAMPLE))
        .isEqualTo(PrinterCli.IO_FAILURE);
    assertThat(errors()).contains("I/O failure: serial port /dev/ttyUSB98 does not exist");
  }

  private static ServerSocket emulatedPrinter(Condition condition) throws IOException {
    ServerSocket server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Thread accept =
        new Thread(
            () -> {
              try {
                while (true) {
                  Socket socket = server.accept();
                  new PrinterEmulator(socket.getInputStream(), socket.getOutputStream(), condition);
                }
              } catch (IOException closed) {
                // test over
              }
            });
    accept.setDaemon(true);
    accept.start();
    return server;
  }
}
