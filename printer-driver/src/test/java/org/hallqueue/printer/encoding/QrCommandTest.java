package org.hallqueue.printer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.anastaciocintra.escpos.barcode.QRCode;
import java.nio.charset.StandardCharsets;
import org.hallqueue.printer.virtual.EscPosDecoder;
import org.hallqueue.printer.virtual.Receipt;
import org.junit.jupiter.api.Test;

class QrCommandTest {

  @Test
  void shouldStoreAndPrintAnAsciiPayloadWithItsSizeAndLevel() {
    Receipt receipt = EscPosDecoder.decode(QrCommand.bytes("http://10.0.0.1/t/abc", 6, 'M'), 576);

    assertThat(receipt.elements())
        .containsExactly(new Receipt.QrCode("http://10.0.0.1/t/abc", 6, 'M', Receipt.Align.LEFT));
  }

  @Test
  void shouldDeclareTheLengthInBytesWhereEscposCoffeeCountsCharacters() {
    String chinese = "社保查询";
    byte[] ours = QrCommand.bytes(chinese.getBytes(StandardCharsets.UTF_8), 4, 'L');
    byte[] theirs = new QRCode().getBytes(chinese);

    assertThat(EscPosDecoder.decode(ours, 576).qrPayloads()).containsExactly(chinese);
    assertThat(EscPosDecoder.decode(theirs, 576).qrPayloads()).doesNotContain(chinese);
  }
}
