package org.hallqueue.server.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The offline voice: espeak-ng, run once per text, writing a WAV to its standard output. The text
 * goes in on standard input, so that nothing in it is read as an option.
 */
final class EspeakVoice {
  private static final long TIMEOUT_SECONDS = 10;
  private static final int MAX_WAV_BYTES = 8 * 1024 * 1024;

  private final Optional<Path> program;
  private final String configured;

  /** {@code configured}: a path, or a program name looked up on the PATH. */
  EspeakVoice(String configured) {
    this.configured = configured;
    this.program = locate(configured);
  }

  boolean available() {
    return program.isPresent();
  }

  /** Why there is no voice, in words a manager can act on; empty when there is one. */
  String missing() {
    return available()
        ? ""
        : "espeak-ng is not installed on the server ("
            + configured
            + " not found); install it with: apt-get install espeak-ng";
  }

  /** The text spoken in the language, as a WAV file's bytes. */
  byte[] render(String text, SpokenLanguage language) throws IOException {
    Path exe = program.orElseThrow(() -> new IOException(missing()));
    Process process =
        new ProcessBuilder(
                exe.toString(), "-v", language.espeakVoice, "-s", "150", "-b", "1", "--stdout")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    }
    byte[] wav;
    try (InputStream out = process.getInputStream()) {
      wav = readAtMost(out);
    }
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("espeak-ng took longer than " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while espeak-ng spoke", e);
    }
    if (process.exitValue() != 0 || wav.length <= 44) {
      throw new IOException("espeak-ng failed (exit " + process.exitValue() + ")");
    }
    return withTrueSizes(wav);
  }

  private static byte[] readAtMost(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_WAV_BYTES) {
        throw new IOException("espeak-ng wrote more than " + MAX_WAV_BYTES + " bytes");
      }
    }
    return out.toByteArray();
  }

  /**
   * Writing to a pipe, espeak-ng cannot go back to fill in the RIFF and data sizes: set them, so
   * that every player reads the file to its end and no further.
   */
  private static byte[] withTrueSizes(byte[] wav) {
    ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(0) == 0x46464952 && b.getInt(36) == 0x61746164) { // "RIFF", "data"
      b.putInt(4, wav.length - 8);
      b.putInt(40, wav.length - 44);
    }
    return wav;
  }

  private static Optional<Path> locate(String configured) {
    if (configured == null || configured.isBlank()) {
      return Optional.empty();
    }
    if (configured.contains("/") || configured.contains("\\")) {
      Path p = Path.of(configured);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, configured))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
