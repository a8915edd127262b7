package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The board's idle slide at 1920×1080: shows the game while the hall is quiet, yields to calls. */
class LearningSlideBrowserTest extends ServerTest {
  private static Browser board;

  @BeforeAll
  static void startBrowser() {
    board = new Browser(1920, 1080);
  }

  @AfterAll
  static void stopBrowser() {
    board.close();
  }

  @Test
  void shouldShowTheGameInBothLanguagesWhenQuietAndGiveWayToACall() {
    Hall hall = new Hall(api);
    hall.free("counter-8");
    String token = hall.displayToken("Slide board");
    board.open(api.base() + "/display?slides=2&access_token=" + token);
    board.waitFor(d -> "live".equals(board.find("body").getDomAttribute("data-conn")));

    board.waitFor(Duration.ofSeconds(10), d -> board.find("#learning-slide").isDisplayed());
    board.screenshot("board-learning-slide");
    String text = board.text("#learning-slide");
    assertThat(text)
        .contains("保还是不保？一个骑手的一生")
        .contains("Insure or not? A rider's life")
        .contains("参保 · Insured")
        .contains("不参保 · Not insured")
        .contains("960 元")
        .contains("示例数字 · Example figures")
        .contains("scan the QR code on your ticket");
    assertThat(board.hasMissingText()).isFalse();
    // the waiting counts stay in view below the slide, and nothing of the slide is cut off
    assertThat(board.find("#services").isDisplayed()).isTrue();
    assertThat(
            (Boolean)
                board.js(
                    "const s = document.getElementById('learning-slide');"
                        + " return s.scrollHeight <= s.clientHeight + 1;"))
        .isTrue();

    hall.issue("E", "standard", "zh-CN");
    String number = hall.callNext("counter-8").path("number").asString();
    board.waitFor(Duration.ofSeconds(2), d -> !board.find("#learning-slide").isDisplayed());
    assertThat(board.text("#now-number")).isEqualTo(number);
  }
}
