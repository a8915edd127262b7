package org.hallqueue.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hallqueue.printer.TicketPrint;
import org.hallqueue.printer.Tickets;
import org.hallqueue.printer.layout.Block.Size;
import org.junit.jupiter.api.Test;

class TicketLayoutTest {

  @Test
  void shouldPutTheNumberHugeAndTheServiceInBothLanguagesVisitorsFirst() {
    List<Block> blocks = TicketLayout.of(Tickets.flexibleEmploymentInEnglish());

    assertThat(texts(blocks))
        .containsSubsequence(
            "City Social Insurance Service Hall",
            "A012",
            "Flexible employment insurance enrolment",
            "灵活就业人员参保");
    assertThat(blocks).contains(new Block.Text("A012", Size.HUGE, true, Block.Align.CENTER));
    assertThat(blocks).contains(new Block.Text("灵活就业人员参保", Size.SMALL, false, Block.Align.CENTER));
  }

  @Test
  void shouldShowTheLaneOnlyWhereTheCallerPassesIt() {
    assertThat(texts(TicketLayout.of(Tickets.elderlyLaneShown()))).contains("优先通道：老年人");
    assertThat(texts(TicketLayout.of(Tickets.flexibleEmploymentInChinese())))
        .noneMatch(t -> t.contains("优先通道") || t.contains("老年人"));
  }

  @Test
  void shouldTellHowManyWaitAheadAndTheRangeOfTheWait() {
    List<String> texts = texts(TicketLayout.of(Tickets.flexibleEmploymentInChinese()));

    assertThat(texts)
        .contains("前面还有 2 人等候", "预计等候 9–28 分钟", "等候区域：一楼 A 区等候", "取号时间：2026-11-23 09:15");
    assertThat(texts(TicketLayout.of(Tickets.flexibleEmploymentInEnglish())))
        .contains("About 9–28 minutes");
    Labels english = new Labels("en");
    assertThat(TicketLayout.waitPhrase(english, 200, new TicketPrint.WaitRange(2, 10)))
        .isEqualTo("About 2–10 minutes");
    assertThat(TicketLayout.waitPhrase(english, 0, new TicketPrint.WaitRange(0, 5)))
        .isEqualTo("Estimated wait: very soon");
  }

  @Test
  void shouldRoundTheSingleEstimateUpToMinutesWhenTheTicketHasNoRange() {
    assertThat(texts(TicketLayout.of(Tickets.withoutWaitRange()))).contains("预计等待：约 15 分钟");
    Labels english = new Labels("en");
    assertThat(TicketLayout.waitPhrase(english, 61, null)).isEqualTo("Estimated wait: about 2 min");
    assertThat(TicketLayout.waitPhrase(english, 4000, null))
        .isEqualTo("Estimated wait: about 1 h 7 min");
    assertThat(TicketLayout.waitPhrase(english, 0, null)).isEqualTo("Estimated wait: very soon");
  }

  @Test
  void shouldListEachDocumentAsAChecklistItemWithQrAfterwards() {
    List<Block> blocks = TicketLayout.of(Tickets.flexibleEmploymentInChinese());

    assertThat(blocks)
        .containsSubsequence(
            new Block.Item("居民身份证原件"), new Block.Item("社会保障卡"), new Block.Qr(Tickets.TRACKING_URL));
  }

  @Test
  void shouldLeaveOutWhatATicketDoesNotHave() {
    List<Block> blocks = TicketLayout.of(Tickets.minimal("en"));

    assertThat(blocks).noneMatch(b -> b instanceof Block.Qr || b instanceof Block.Item);
    assertThat(texts(blocks)).noneMatch(t -> t.contains("ahead") || t.contains("Please wait at"));
  }

  @Test
  void shouldTurnControlCharactersIntoSpacesSoNoTextBecomesACommand() {
    assertThat(TicketLayout.clean("A\u001B@\n\tB\u0000C  ")).isEqualTo("A @ B C");
    assertThat(TicketLayout.clean("\u3000社保\u200B卡")).isEqualTo("社保 卡");
  }

  @Test
  void shouldHaveEveryLabelInEveryLanguage() {
    Map<String, Map<String, String>> labels = Labels.BY_LANGUAGE;

    assertThat(labels.keySet()).containsExactlyInAnyOrderElementsOf(TicketPrint.LANGUAGES);
    assertThat(labels.get("en").keySet()).isEqualTo(labels.get("zh-CN").keySet());
  }

  private static List<String> texts(List<Block> blocks) {
    return blocks.stream()
        .filter(Block.Text.class::isInstance)
        .map(b -> ((Block.Text) b).text())
        .toList();
  }
}
