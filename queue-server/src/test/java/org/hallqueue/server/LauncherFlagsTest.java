package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's launcher ({@code run.sh}) and the jar started without flags ({@link SizedJvm}) run
 * the server in the same JVM sizing; the two lists are kept in both places and must not drift.
 */
class LauncherFlagsTest {
  @Test
  void shouldSizeTheLaunchersJvmAsTheJarSizesItsOwn() throws Exception {
    String script = Files.readString(Path.of("run.sh"));
    int start = script.indexOf("flags=(") + "flags=(".length();
    String listed = script.substring(start, script.indexOf(')', start));

    List<String> launcherFlags = Arrays.asList(listed.trim().split("\\s+"));

    assertThat(launcherFlags).containsExactlyElementsOf(SizedJvm.FLAGS);
  }
}
