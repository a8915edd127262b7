package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EstimateRangeTest {

  @Test
  void shouldRunFromSixTenthsToOneAndAHalfTimesTheEstimatePlusFiveMinutes() {
    EstimateRange range = EstimateRange.around(Duration.ofMinutes(10));

    assertThat(range.low()).isEqualTo(Duration.ofMinutes(6));
    assertThat(range.high()).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void shouldShowUpToFiveMinutesWhenNoWaitIsExpected() {
    EstimateRange range = EstimateRange.around(Duration.ZERO);

    assertThat(range).isEqualTo(new EstimateRange(Duration.ZERO, Duration.ofMinutes(5)));
  }

  @Test
  void shouldRoundOutwardToWholeMinutesAndIncludeItsEnds() {
    EstimateRange range = EstimateRange.around(Duration.ofSeconds(7 * 60 + 10));

    assertThat(range.low()).isEqualTo(Duration.ofMinutes(4));
    assertThat(range.high()).isEqualTo(Duration.ofMinutes(16));
    assertThat(range.contains(Duration.ofMinutes(4))).isTrue();
    assertThat(range.contains(Duration.ofMinutes(16))).isTrue();
    assertThat(range.contains(Duration.ofSeconds(16 * 60 + 1))).isFalse();
    assertThat(range.contains(Duration.ofSeconds(3 * 60 + 59))).isFalse();
  }
}
