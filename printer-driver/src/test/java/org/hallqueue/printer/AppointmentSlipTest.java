package org.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.hallqueue.printer.virtual.Receipt;
import org.junit.jupiter.api.Test;

/** The appointment slip as a printer prints it, read back by the virtual printer. */
class AppointmentSlipTest {

  static AppointmentSlip slip(String language) {
    return new AppointmentSlip(
        Map.of("zh-CN", "青禾区社会保险服务大厅（示例）", "en", "Qinghe District Social Insurance Hall"),
        "K7QM4RTX",
        Map.of("zh-CN", "灵活就业人员参保", "en", "Enrolment for flexible workers"),
        language,
        LocalDate.parse("2026-03-05"),
        LocalTime.parse("09:00"),
        LocalTime.parse("09:30"),
        LocalTime.parse("08:45"),
        LocalTime.parse("09:10"),
        List.of(
            Map.of("zh-CN", "居民身份证原件", "en", "Resident ID card (original)"),
            Map.of("zh-CN", "户口簿", "en", "Household register")),
        Map.of("zh-CN", "如不能前来，请凭预约码取消", "en", "Cannot come? Cancel with the code"));
  }

  @Test
  void shouldPrintTheCodeDayTimeCheckInWindowAndChecklistWithTheCodeAsQr() {
    Receipt receipt =
        VirtualPrinter.decode(
            TicketEncoder.encode(slip("zh-CN"), Mode.TEXT, PaperWidth.MM80), PaperWidth.MM80);

    String text = String.join("\n", receipt.textLines());
    assertThat(text)
        .contains("K7QM-4RTX", "灵活就业人员参保", "2026-03-05", "09:00–09:30", "08:45–09:10", "户口簿");
    assertThat(receipt.elements())
        .filteredOn(e -> e instanceof Receipt.QrCode)
        .extracting(e -> ((Receipt.QrCode) e).payload())
        .containsExactly("K7QM4RTX");
  }

  @Test
  void shouldPrintEnglishWordsForAnEnglishVisitor() {
    Receipt receipt =
        VirtualPrinter.decode(
            TicketEncoder.encode(slip("en"), Mode.TEXT, PaperWidth.MM80), PaperWidth.MM80);

    assertThat(String.join("\n", receipt.textLines()))
        .contains("Appointment slip", "Date: 2026-03-05 Thu", "Time: 09:00–09:30", "Resident ID");
  }

  @Test
  void shouldRefuseACodeThatIsNotEightLettersAndDigits() {
    assertThatThrownBy(
            () ->
                new AppointmentSlip(
                    Map.of("en", "Hall"),
                    "K7QM-4RT",
                    Map.of("en", "A"),
                    "en",
                    LocalDate.parse("2026-03-05"),
                    LocalTime.NOON,
                    LocalTime.NOON,
                    LocalTime.NOON,
                    LocalTime.NOON,
                    List.of(),
                    Map.of()))
        .hasMessageStartingWith("code:");
  }

  @Test
  void shouldWriteARasterPreviewForTheReadme() throws Exception {
    byte[] png = VirtualPrinter.preview(slip("zh-CN"), Mode.RASTER, PaperWidth.MM80);
    Path dir = Path.of("target", "previews");
    Files.createDirectories(dir);
    Files.write(dir.resolve("appointment-slip-raster-80mm-zh-CN.png"), png);
    Files.write(
        dir.resolve("appointment-slip-text-80mm-en.png"),
        VirtualPrinter.preview(slip("en"), Mode.TEXT, PaperWidth.MM80));
    assertThat(png.length).isGreaterThan(1000);
  }
}
