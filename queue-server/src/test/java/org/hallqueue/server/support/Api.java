package org.hallqueue.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the server under test. */
public final class Api {
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public String base() {
    return base;
  }

  /** How a request authenticates. */
  public record Auth(String header) {
    public static Auth none() {
      return new Auth(null);
    }

    public static Auth basic(String user, String password) {
      return new Auth(
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Auth bearer(String token) {
      return new Auth("Bearer " + token);
    }
  }

  /** A response with its body parsed as JSON where it is JSON. */
  public record Response(int status, HttpResponse<String> raw) {
    public JsonNode json() {
      return raw.body() == null || raw.body().isEmpty() ? null : JSON.readTree(raw.body());
    }

    public String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Response get(String path, Auth auth) {
    return send(request(path, auth).GET(), auth);
  }

  public Response post(String path, String json, Auth auth, String... headers) {
    HttpRequest.Builder b =
        request(path, auth)
            .header("Content-Type", "application/json")
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b, auth);
  }

  public Response put(String path, String json, Auth auth) {
    return send(
        request(path, auth)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        auth);
  }

  public Response delete(String path, Auth auth) {
    return send(request(path, auth).DELETE(), auth);
  }

  private HttpRequest.Builder request(String path, Auth auth) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (auth.header() != null) {
      b.header("Authorization", auth.header());
    }
    return b;
  }

  private Response send(HttpRequest.Builder b, Auth auth) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r);
    } catch (Exception e) {
      throw new IllegalStateException("request failed: " + e, e);
    }
  }

  /** Registers a kiosk as the demo office's manager and returns its bearer token. */
  public Auth newKiosk(String name) {
    Response registered =
        post(
            "/api/v1/devices",
            "{\"name\":\"" + name + "\",\"kind\":\"KIOSK\"}",
            Auth.basic("manager", "manager-demo"));
    return Auth.bearer(registered.json().path("token").asString());
  }

  /**
   * The seq of the latest event, as the board snapshot gives it: one request, however long the
   * shared server's event log has grown (auth: staff, manager or a display).
   */
  public long latestSeq(Auth auth) {
    return get("/api/v1/board", auth).json().path("seq").asLong();
  }

  public HttpClient http() {
    return http;
  }
}
