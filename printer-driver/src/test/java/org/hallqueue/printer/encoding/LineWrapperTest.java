package org.hallqueue.printer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hallqueue.printer.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  static LongStream seeds() {
    return Seeds.of(1000);
  }

  static Stream<Arguments> edgeCases() {
    return Stream.of(
        Arguments.of("", 2),
        Arguments.of(" ", 2),
        Arguments.of("窗", 2),
        Arguments.of("窗口窗口", 3),
        Arguments.of("a", 48),
        Arguments.of("  leading and trailing  ", 2),
        Arguments.of("\t\n\r", 5),
        Arguments.of("x".repeat(80), 2),
        Arguments.of("窗".repeat(80), 48),
        Arguments.of("𠀀𠀀 ab", 2));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldKeepEveryCharacterAndStayWithinTheWidth(long seed) {
    Seeds.check(
        seed,
        () -> {
          SplittableRandom random = new SplittableRandom(seed);
          StringBuilder raw = new StringBuilder();
          int length = random.nextInt(81);
          while (raw.length() < length) {
            raw.appendCodePoint(anyCharacter(random));
          }
          assertWrapsWithin(raw.toString(), random.nextInt(2, 49));
        });
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void shouldKeepEveryCharacterOfEdgeCases(String raw, int width) {
    assertWrapsWithin(raw, width);
  }

  /** Latin letters and spaces, Chinese, white space of every kind, and any other code point. */
  private static int anyCharacter(SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> random.nextInt(' ', '~' + 1);
      case 1 -> random.nextInt(0x4E00, 0x9FA6);
      case 2 -> " \t\n\r\u3000\u00A0".charAt(random.nextInt(6));
      default -> {
        int cp = random.nextInt(Character.MAX_CODE_POINT + 1);
        yield Character.getType(cp) == Character.SURROGATE ? 'a' : cp;
      }
    };
  }

  private static void assertWrapsWithin(String raw, int width) {
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
