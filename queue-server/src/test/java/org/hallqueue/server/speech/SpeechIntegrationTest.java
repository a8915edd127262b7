package org.hallqueue.server.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The server's offline voice over HTTP, with the real espeak-ng of this machine. */
class SpeechIntegrationTest extends ServerTest {
  @Autowired SpokenAudio audio;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldSayItCanSpeakBothLanguagesWithEspeakNg() {
    JsonNode status = api.get("/api/v1/speech", STAFF).json();

    assertThat(status.path("engine").asString()).isEqualTo("espeak-ng");
    assertThat(status.path("available").asBoolean()).isTrue();
    assertThat(status.path("languages").toString()).contains("zh-CN").contains("en");
  }

  @Test
  void shouldSpeakAnAnnouncementAsAWholeWavFile() throws Exception {
    HttpResponse<byte[]> answer = audio("zh-CN", "请 A012 号到 3 号窗口办理", STAFF);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("audio/wav");
    byte[] wav = answer.body();
    ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(new String(wav, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
    assertThat(b.getInt(4)).as("RIFF size").isEqualTo(wav.length - 8);
    assertThat(b.getInt(40)).as("data size").isEqualTo(wav.length - 44);
    double seconds = (wav.length - 44) / (double) b.getInt(28); // bytes per second
    assertThat(seconds).as("spoken seconds").isBetween(1.0, 10.0);
  }

  @Test
  void shouldRenderAnAnnouncementOnceHowEverOftenBoardsAskForIt() throws Exception {
    String text = "Number B" + System.nanoTime() % 1000 + ", please go to counter 4";
    long before = audio.renderings();

    byte[] first = audio("en", text, STAFF).body();
    byte[] again = audio("en", text, STAFF).body();

    assertThat(audio.renderings() - before).isEqualTo(1);
    assertThat(again).isEqualTo(first);
  }

  @Test
  void shouldSpeakForADisplayBoardWithItsTokenAndForNoOneWithout() throws Exception {
    Api.Response board =
        api.post("/api/v1/devices", "{\"name\":\"Speech board\",\"kind\":\"DISPLAY\"}", MANAGER);
    Api.Auth display = Api.Auth.bearer(board.json().path("token").asString());

    assertThat(audio("en", "Number A1, please go to counter 1", display).statusCode())
        .isEqualTo(200);
    assertThat(audio("en", "Number A1, please go to counter 1", Api.Auth.none()).statusCode())
        .isEqualTo(401);
  }

  @Test
  void shouldRefuseALanguageItDoesNotSpeakAndTextsThatAreNoAnnouncement() throws Exception {
    assertThat(audio("fr", "Numéro A1", STAFF).statusCode()).isEqualTo(400);
    assertThat(audio("en", "x".repeat(SpeechController.MAX_TEXT + 1), STAFF).statusCode())
        .isEqualTo(400);
    assertThat(audio("en", "   ", STAFF).statusCode()).isEqualTo(400);
    assertThat(audio("en", "line\u202Eturned", STAFF).statusCode()).isEqualTo(400);
  }

  private HttpResponse<byte[]> audio(String lang, String text, Api.Auth auth) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create(
                api.base()
                    + "/api/v1/speech/audio?lang="
                    + URLEncoder.encode(lang, StandardCharsets.UTF_8)
                    + "&text="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8)));
    if (auth.header() != null) {
      request.header("Authorization", auth.header());
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
