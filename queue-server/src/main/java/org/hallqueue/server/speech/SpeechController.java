package org.hallqueue.server.speech;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.hallqueue.server.web.Checks;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/speech} (STAFF or DISPLAY): whether the server can speak, and an announcement as
 * audio ({@code /audio?lang=zh-CN&text=…}, audio/wav) for a board whose browser has no voice for
 * the language. Without espeak-ng both say so plainly: {@code available: false} with the reason,
 * and 503 for audio.
 */
@RestController
@RequestMapping("/api/v1/speech")
class SpeechController {
  static final int MAX_TEXT = 200;

  private final SpokenAudio audio;

  SpeechController(SpokenAudio audio) {
    this.audio = audio;
  }

  /** What the server can say: its engine, whether it is there, and in which languages. */
  record SpeechStatus(String engine, boolean available, List<String> languages, String reason) {}

  @GetMapping
  SpeechStatus status() {
    return new SpeechStatus(
        "espeak-ng",
        audio.available(),
        audio.available()
            ? Arrays.stream(SpokenLanguage.values()).map(l -> l.tag).toList()
            : List.of(),
        audio.available() ? null : audio.missing());
  }

  @GetMapping("/audio")
  ResponseEntity<?> audio(
      @RequestParam(required = false) String lang, @RequestParam(required = false) String text)
      throws IOException {
    Checks checks = new Checks();
    if (checks.present(lang, "lang")) {
      checks.require(SpokenLanguage.of(lang).isPresent(), "lang", "must be zh-CN or en");
    }
    if (checks.present(text, "text")) {
      checks.require(!text.isBlank(), "text", "must not be empty");
      checks.text(text, "text", MAX_TEXT, false);
    }
    checks.throwIfAny();
    if (!audio.available()) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, audio.missing());
      problem.setTitle("No offline voice");
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    byte[] wav = audio.wav(text.strip(), SpokenLanguage.of(lang).orElseThrow());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("audio/wav"))
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
        .body(wav);
  }
}
