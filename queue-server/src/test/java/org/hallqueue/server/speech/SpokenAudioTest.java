package org.hallqueue.server.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Announcements rendered by the real espeak-ng, kept in memory and on disk. */
class SpokenAudioTest {
  @TempDir Path cache;

  @Test
  void shouldKeepEachAnnouncementOnDiskSoThatARestartRendersItNoMore() throws IOException {
    SpokenAudio first = new SpokenAudio("espeak-ng", cache);
    byte[] wav = first.wav("请 C007 号到 2 号窗口办理", SpokenLanguage.CHINESE);
    first.wav("请 C007 号到 2 号窗口办理", SpokenLanguage.CHINESE);
    assertThat(first.renderings()).isEqualTo(1);

    SpokenAudio afterRestart = new SpokenAudio("espeak-ng", cache);
    assertThat(afterRestart.wav("请 C007 号到 2 号窗口办理", SpokenLanguage.CHINESE)).isEqualTo(wav);
    assertThat(afterRestart.renderings()).isZero();
    assertThat(afterRestart.wav("请 C007 号到 2 号窗口办理", SpokenLanguage.ENGLISH))
        .as("the same text in another language is another announcement")
        .isNotEqualTo(wav);
    try (var files = Files.list(cache)) {
      assertThat(files.filter(f -> f.toString().endsWith(".wav")).count()).isEqualTo(2);
    }
  }

  @Test
  void shouldSayPlainlyThatItCannotSpeakWithoutEspeakNg() {
    SpokenAudio silent = new SpokenAudio(cache.resolve("no-such-dir/espeak-ng").toString(), cache);

    assertThat(silent.available()).isFalse();
    assertThat(silent.missing())
        .contains("espeak-ng is not installed")
        .contains("apt-get install espeak-ng");
    assertThatThrownBy(() -> silent.wav("Number A1", SpokenLanguage.ENGLISH))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("espeak-ng is not installed");
  }

  @Test
  void shouldFindEspeakNgOnThePath() {
    assertThat(new SpokenAudio("espeak-ng", cache).available()).isTrue();
  }
}
