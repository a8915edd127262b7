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
}
