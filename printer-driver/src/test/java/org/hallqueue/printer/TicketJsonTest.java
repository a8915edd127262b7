package org.hallqueue.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketJsonTest {

  private static final Path SAMPLE = Path.of("examples", "sample-ticket.json");

  @Test
  void shouldReadTheShippedSampleTicketInTheOfficesTimeZone() throws Exception {
    TicketPrint ticket = TicketJson.read(Files.readString(SAMPLE));

    assertThat(ticket.number()).isEqualTo("A012");
    assertThat(ticket.language()).isEqualTo("zh-CN");
    assertThat(ticket.in(ticket.serviceName())).isEqualTo("灵活就业人员参保");
    assertThat(ticket.issuedAt().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(ticket.issuedAt().getHour()).isEqualTo(9);
    assertThat(ticket.documents()).hasSize(3);
    assertThat(ticket.laneName()).containsEntry("zh-CN", "老年人");
  }

  @Test
  void shouldReadBackWhatItWrote() {
    TicketPrint ticket = Tickets.elderlyLaneShown();

    assertThat(TicketJson.read(TicketJson.write(ticket))).isEqualTo(ticket);
    assertThat(TicketJson.write(ticket)).contains("\"fromMinutes\" : 9", "\"toMinutes\" : 28");
    TicketPrint single = Tickets.withoutWaitRange();
    assertThat(TicketJson.read(TicketJson.write(single))).isEqualTo(single);
    assertThat(TicketJson.write(single)).doesNotContain("estimatedWait\"");
  }

  @Test
  void shouldReadTheWaitRangeTheServerSendsAndDoWithoutItForOlderTickets() throws Exception {
    assertThat(TicketJson.read(Files.readString(SAMPLE)).estimatedWait())
        .isEqualTo(new TicketPrint.WaitRange(9, 28));
    TicketPrint old =
        TicketJson.read(
            """
            {"number": "B7", "officeName": "服务大厅", "serviceName": "养老",
             "issuedAt": "2026-11-23T09:15:00+08:00", "position": 4, "estimatedWaitSeconds": 900}
            """);
    assertThat(old.estimatedWait()).isNull();
    assertThat(old.estimatedWaitSeconds()).isEqualTo(900);
  }

  @Test
  void shouldTakeAPlainStringForEveryLanguageAndLeaveOutTheLaneWhenNotGiven() {
    TicketPrint ticket =
        TicketJson.read(
            """
            {"number": "B7", "officeName": "服务大厅", "serviceName": {"en": "Pensions"},
             "language": "en", "lane": "elderly", "issuedAt": "2026-11-23T09:15:00+08:00",
             "position": 1, "estimatedWaitSeconds": 0}
            """);

    assertThat(ticket.officeName()).containsEntry("en", "服务大厅").containsEntry("zh-CN", "服务大厅");
    assertThat(ticket.laneName()).isNull();
    assertThat(ticket.trackingUrl()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{| not valid JSON",
        "[]| must be a JSON object",
        "{}| officeName: missing",
        "{'officeName':'X'}| number: missing",
        "{'officeName':'X','number':'A1','serviceName':{'en':'S'},'issuedAt':'2026-11-23T01:00:00Z','position':1,'estimatedWaitSeconds':0}| serviceName: has no text in the ticket's language \"zh-CN\"",
        "{'officeName':'X','number':'A1','serviceName':'S','issuedAt':'yesterday','position':1,'estimatedWaitSeconds':0}| issuedAt: 'yesterday' is not a time",
        "{'officeName':'X','number':'A1','serviceName':'S','issuedAt':'2026-11-23T01:00:00Z','position':-1,'estimatedWaitSeconds':0}| position: must be 0 or more",
        "{'officeName':'X','number':'A1','serviceName':'S','issuedAt':'2026-11-23T01:00:00Z','position':'3','estimatedWaitSeconds':0}| position: must be a whole number",
        "{'officeName':'X','number':'A1','serviceName':'S','issuedAt':'2026-11-23T01:00:00Z','position':1,'estimatedWaitSeconds':0,'trackingUrl':'http://h/t/队'}| trackingUrl: must be printable ASCII",
        "{'officeName':'X','number':'A1','serviceName':'S','issuedAt':'2026-11-23T01:00:00Z','position':1,'estimatedWaitSeconds':0,'documents':[{'fr':'carte'}]}| documents[0]: unknown language \"fr\"",
        "{'officeName':'X','number':'A1','serviceName':'S','issuedAt':'2026-11-23T01:00:00Z','position':1,'estimatedWaitSeconds':0,'timeZone':'Mars/Base'}| timeZone: unknown time zone 'Mars/Base'"
      })
  void shouldNameTheFieldThatIsWrong(String json, String message) {
    assertThatThrownBy(() -> TicketJson.read(json.replace('\'', '"')))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message.strip());
  }
}
