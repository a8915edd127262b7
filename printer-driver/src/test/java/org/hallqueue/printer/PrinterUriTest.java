package org.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.hallqueue.printer.PrinterUri.Flow;
import org.hallqueue.printer.PrinterUri.Kind;
import org.hallqueue.printer.PrinterUri.Parity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterUriTest {

  @Test
  void shouldReadASerialPortWithItsLineSettings() {
    PrinterUri uri = PrinterUri.parse("serial:/dev/ttyUSB0?baud=115200&parity=even&flow=rtscts");

    assertThat(uri.kind()).isEqualTo(Kind.SERIAL);
    assertThat(uri.path()).isEqualTo("/dev/ttyUSB0");
    assertThat(uri.baud()).isEqualTo(115200);
    assertThat(uri.parity()).isEqualTo(Parity.EVEN);
    assertThat(uri.flow()).isEqualTo(Flow.RTSCTS);
    assertThat(uri.checkStatus()).isTrue();
  }

  @Test
  void shouldDefaultASerialPortTo9600BaudWithoutParityOrFlowControl() {
    PrinterUri uri = PrinterUri.parse("serial:/dev/ttyS0");

    assertThat(uri.baud()).isEqualTo(9600);
    assertThat(uri.parity()).isEqualTo(Parity.NONE);
    assertThat(uri.flow()).isEqualTo(Flow.NONE);
    assertThat(uri.timeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void shouldReadANetworkPrinterAndDefaultToPort9100() {
    assertThat(PrinterUri.parse("tcp://192.168.1.50:9101").port()).isEqualTo(9101);
    PrinterUri uri = PrinterUri.parse("tcp://printer-a.local?timeout=800&status=false");

    assertThat(uri.kind()).isEqualTo(Kind.TCP);
    assertThat(uri.host()).isEqualTo("printer-a.local");
    assertThat(uri.port()).isEqualTo(9100);
    assertThat(uri.timeout()).isEqualTo(Duration.ofMillis(800));
    assertThat(uri.checkStatus()).isFalse();
  }

  @Test
  void shouldReadADeviceFile() {
    PrinterUri uri = PrinterUri.parse("file:/dev/usb/lp0");

    assertThat(uri.kind()).isEqualTo(Kind.FILE);
    assertThat(uri.path()).isEqualTo("/dev/usb/lp0");
    assertThat(uri.toString()).isEqualTo("file:/dev/usb/lp0");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''| printer URI is empty",
        "usb:/dev/lp0| must start with serial:, tcp:// or file:",
        "serial:?baud=9600| needs a serial device path",
        "serial:/dev/ttyUSB0?baud=fast| baud must be a number from 50 to 4000000, not 'fast'",
        "serial:/dev/ttyUSB0?parity=strange| parity must be one of [none, even, odd, mark, space]",
        "serial:/dev/ttyUSB0?speed=9600| unknown option 'speed'",
        "serial:/dev/ttyUSB0?baud| option 'baud' must look like name=value",
        "tcp://| needs a host",
        "tcp://host:99999| port must be a number from 1 to 65535",
        "tcp://host:9100?baud=9600| unknown option 'baud'",
        "file:| needs a file path",
        "file:/dev/usb/lp0?status=maybe| status must be true or false"
      })
  void shouldSayWhatIsWrongWithABadUri(String uri, String message) {
    assertThatThrownBy(() -> PrinterUri.parse(uri))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message.strip());
  }
}
