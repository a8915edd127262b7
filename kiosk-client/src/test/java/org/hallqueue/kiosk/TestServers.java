package org.hallqueue.kiosk;

import java.net.URI;

/** The shared test server, for tests in other packages. */
public final class TestServers {
  private TestServers() {}

  public static URI url() throws Exception {
    return TestServer.get().url();
  }

  public static String kioskToken(String name) throws Exception {
    return TestServer.get().kioskToken(name);
  }

  /** The body of a public GET. */
  public static String get(String path) throws Exception {
    return TestServer.get().get(path, null).body();
  }

  /**
   * A request as the demo manager; fails unless the server answers {@code expected}.
   *
   * @return the answer's body
   */
  public static String asManager(String method, String path, String json, int expected)
      throws Exception {
    var r = TestServer.get().asManager(method, path, json);
    if (r.statusCode() != expected) {
      throw new AssertionError(
          method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }
}
