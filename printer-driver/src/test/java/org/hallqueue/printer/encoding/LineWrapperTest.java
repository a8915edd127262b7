package org.hallqueue.printer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

  @Test
  void shouldBreakEnglishAtSpacesAndChineseAnywhere() {
    assertThat(LineWrapper.wrap("Flexible employment insurance", 16, TextEncoder::columns))
        .containsExactly("Flexible", "employment", "insurance");
    assertThat(LineWrapper.wrap("灵活就业人员参保", 10, TextEncoder::columns))
        .containsExactly("灵活就业人", "员参保");
    assertThat(LineWrapper.wrap("一楼 A 区等候", 6, TextEncoder::columns))
        .containsExactly("一楼 A", "区等候");
  }

  @Test
  void shouldSplitAWordLongerThanALine() {
    assertThat(LineWrapper.wrap("http://example.org/t/abc", 10, TextEncoder::columns))
        .containsExactly("http://exa", "mple.org/t", "/abc");
  }

  @Property
  void shouldKeepEveryCharacterAndStayWithinTheWidth(
      @ForAll @StringLength(max = 80) String raw, @ForAll @IntRange(min = 2, max = 48) int width) {
    String text = raw.replaceAll("\\s", " ");
    List<String> lines = LineWrapper.wrap(text, width, TextEncoder::columns);

    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    assertThat(lines)
        .allSatisfy(
            line -> {
              assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
              assertThat(LineWrapper.width(line, TextEncoder::columns)).isLessThanOrEqualTo(width);
            });
  }
}
