package org.hallqueue.printer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.hallqueue.printer.Mode;
import org.hallqueue.printer.PaperWidth;
import org.hallqueue.printer.Printer;
import org.hallqueue.printer.PrinterFaultException;
import org.hallqueue.printer.PrinterStatus;
import org.hallqueue.printer.TicketEncoder;
import org.hallqueue.printer.TicketJson;
import org.hallqueue.printer.TicketPrint;
import org.hallqueue.printer.VirtualPrinter;
import org.hallqueue.printer.virtual.Receipt;

/**
 * The printer tool for technicians and managers: print a ticket, ask a printer's status, preview a
 * ticket as PNG, decode captured ESC/POS bytes to PNG. Exit codes: 0 done, 2 bad input, 3 the
 * printer reports a fault, 4 input/output failure or timeout.
 */
public final class PrinterCli {

  /** Done. */
  public static final int OK = 0;

  /** Bad command line or ticket file. */
  public static final int BAD_INPUT = 2;

  /** The printer reported a fault (paper out, cover open, error, offline). */
  public static final int PRINTER_FAULT = 3;

  /** The printer could not be reached, did not answer, or stopped taking data. */
  public static final int IO_FAILURE = 4;

  static final String USAGE =
      """
      usage:
        print   --printer URI --ticket FILE.json [--mode text|raster] [--width 58|80]
        status  --printer URI
        preview --ticket FILE.json --png OUT.png [--mode text|raster] [--width 58|80]
        decode  --bin FILE.bin --png OUT.png [--width 58|80]
      URI: serial:/dev/ttyUSB0?baud=9600&parity=none&flow=none | tcp://HOST:9100 | file:/dev/usb/lp0
      exit: 0 done, 2 bad input, 3 printer fault, 4 I/O failure or timeout""";

  private final PrintStream out;
  private final PrintStream err;

  PrinterCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the tool and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new PrinterCli(out, err).run(args));
  }

  /** Runs one command; returns the exit code. */
  public int run(String... args) {
    try {
      Arguments a = Arguments.parse(args);
      return switch (a.command()) {
        case "print" -> print(a);
        case "status" -> status(a);
        case "preview" -> preview(a);
        case "decode" -> decode(a);
        default -> throw new IllegalArgumentException("unknown command '" + a.command() + "'");
      };
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      if (e instanceof Arguments.UsageException) {
        err.println(USAGE);
      }
      return BAD_INPUT;
    } catch (PrinterFaultException e) {
      err.println("printer fault: " + e.status().state() + ": " + e.getMessage());
      return PRINTER_FAULT;
    } catch (IOException e) {
      err.println("I/O failure: " + e.getMessage());
      return IO_FAILURE;
    } catch (IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return IO_FAILURE;
    }
  }

  private int print(Arguments a) throws IOException {
    a.allow("printer", "ticket", "mode", "width");
    TicketPrint ticket = ticket(a);
    Mode mode = a.mode();
    PaperWidth width = a.width();
    byte[] bytes = TicketEncoder.encode(ticket, mode, width);
    try (Printer printer = Printer.open(a.required("printer"))) {
      printer.send(bytes);
      out.printf(
          "printed %s on %s: %,d bytes, %s, %s%n",
          ticket.number(), printer.uri(), bytes.length, mode.name().toLowerCase(), label(width));
    }
    return OK;
  }

  private int status(Arguments a) throws IOException {
    a.allow("printer");
    try (Printer printer = Printer.open(a.required("printer"))) {
      PrinterStatus status = printer.status();
      out.println(status.state() + ": " + status.reason());
      if (status.isReportedFault()) {
        return PRINTER_FAULT;
      }
      return status.answered() || status.state() == PrinterStatus.State.UNKNOWN ? OK : IO_FAILURE;
    }
  }

  private int preview(Arguments a) throws IOException {
    a.allow("ticket", "png", "mode", "width");
    TicketPrint ticket = ticket(a);
    Path png = Path.of(a.required("png"));
    byte[] image = VirtualPrinter.preview(ticket, a.mode(), a.width());
    Files.write(png, image);
    out.printf("wrote %s (%s, %s)%n", png, a.mode().name().toLowerCase(), label(a.width()));
    return OK;
  }

  private int decode(Arguments a) throws IOException {
    a.allow("bin", "png", "width");
    byte[] bytes = readFile(a.required("bin"), "--bin");
    Receipt receipt = VirtualPrinter.decode(bytes, a.width());
    Path png = Path.of(a.required("png"));
    try (OutputStream file = Files.newOutputStream(png)) {
      VirtualPrinter.renderPng(receipt, file);
    }
    receipt.warnings().forEach(w -> err.println("warning: " + w));
    out.printf(
        "wrote %s: %d text lines, %d QR codes %s, %d images, %d cuts%n",
        png,
        receipt.lines().size(),
        receipt.qrPayloads().size(),
        receipt.qrPayloads(),
        receipt.images().size(),
        receipt.cuts());
    return OK;
  }

  private TicketPrint ticket(Arguments a) throws IOException {
    String file = a.required("ticket");
    String json = new String(readFile(file, "--ticket"), StandardCharsets.UTF_8);
    try {
      return TicketJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage());
    }
  }

  private static byte[] readFile(String file, String option) throws IOException {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(option + " " + file + ": no such file");
    }
  }

  private static String label(PaperWidth width) {
    return width == PaperWidth.MM58 ? "58 mm" : "80 mm";
  }
}
