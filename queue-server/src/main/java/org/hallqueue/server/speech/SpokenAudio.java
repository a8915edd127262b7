package org.hallqueue.server.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Announcements as audio, rendered offline by espeak-ng once per text and language: kept in memory
 * (the latest {@value #IN_MEMORY}) and on disk (the latest {@value #ON_DISK}, surviving restarts),
 * so that a recall or a second board costs no second rendering.
 */
@Component
class SpokenAudio {
  static final int IN_MEMORY = 64;
  static final int ON_DISK = 2_000;

  private final EspeakVoice voice;
  private final Path directory;
  private final Map<String, byte[]> recent =
      new LinkedHashMap<>(IN_MEMORY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > IN_MEMORY;
        }
      };
  private long renderings;

  SpokenAudio(
      @Value("${queue.speech.espeak-ng:espeak-ng}") String program,
      @Value("${queue.speech.cache-dir:${java.io.tmpdir}/hallqueue-speech}") Path directory) {
    this.voice = new EspeakVoice(program);
    this.directory = directory;
  }

  boolean available() {
    return voice.available();
  }

  String missing() {
    return voice.missing();
  }

  /** How many times espeak-ng was run: what the caches saved shows against the calls made. */
  synchronized long renderings() {
    return renderings;
  }

  /** The text spoken in the language as WAV bytes, from a cache when it was spoken before. */
  synchronized byte[] wav(String text, SpokenLanguage language) throws IOException {
    String key = key(text, language);
    byte[] wav = recent.get(key);
    if (wav != null) {
      return wav;
    }
    Path file = directory.resolve(key + ".wav");
    if (Files.isRegularFile(file)) {
      wav = Files.readAllBytes(file);
    } else {
      wav = voice.render(text, language);
      renderings++;
      store(file, wav);
    }
    recent.put(key, wav);
    return wav;
  }

  /** Writes the file whole or not at all, then keeps the directory to its newest files. */
  private void store(Path file, byte[] wav) throws IOException {
    Files.createDirectories(directory);
    Path part = Files.createTempFile(directory, "render", ".part");
    Files.write(part, wav);
    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    List<Path> files;
    try (Stream<Path> all = Files.list(directory)) {
      files = all.filter(p -> p.toString().endsWith(".wav")).toList();
    }
    if (files.size() > ON_DISK) {
      files.stream()
          .sorted(Comparator.comparing(SpokenAudio::modified))
          .limit(files.size() - ON_DISK)
          .forEach(SpokenAudio::delete);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // another rendering's cleanup took it first; the next one tries again
    }
  }

  private static String key(String text, SpokenLanguage language) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((language.tag + "\n" + text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
