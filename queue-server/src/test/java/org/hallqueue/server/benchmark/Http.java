package org.hallqueue.server.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal blocking HTTP/1.1 keep-alive client on one loopback connection, for load generation.
 *
 * <p>The client and the server share the machine's two cores, so the client is kept as cheap as
 * possible: one pre-built request buffer, a plain socket, no futures, no selector. It reconnects
 * when the server closes the connection (Tomcat closes a keep-alive connection after 100 requests);
 * a request is never retried, so a POST is never sent twice.
 */
final class Http implements Closeable {
  private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  /** A response: status, body and the headers the benchmark looks at. */
  record Response(int status, String body, List<String> setCookies) {
    /** The first {@code "id":N} of the body, which for a ticket or event is the ticket's id. */
    long firstId() {
      Matcher m = FIRST_ID.matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("no id in response " + status + ": " + body);
      }
      return Long.parseLong(m.group(1));
    }

    /** The string value of a top-level-looking field, e.g. {@code "token"}. */
    String field(String name) {
      Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("no " + name + " in response " + status + ": " + body);
      }
      return m.group(1);
    }
  }

  private final int port;
  private final int readTimeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private final byte[] line = new byte[8192];

  Http(int port) {
    this(port, 30_000);
  }

  Http(int port, int readTimeoutMillis) {
    this.port = port;
    this.readTimeoutMillis = readTimeoutMillis;
  }

  /** Sends one request; {@code headers} are full header lines without CRLF. */
  Response send(String method, String path, List<String> headers, String body) throws IOException {
    return send(request(method, path, headers, body));
  }

  /** Sends a request built once with {@link #request} (for loops that repeat one request). */
  Response send(byte[] request) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      out.write(request);
      out.flush();
      return read();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  byte[] request(String method, String path, List<String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(256);
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    head.append("Accept: application/json\r\n");
    for (String h : headers) {
      head.append(h).append("\r\n");
    }
    if (body != null
        && headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Content-Type:", 0, 13))) {
      head.append("Content-Type: application/json\r\n");
    }
    if (body != null || method.equals("POST") || method.equals("PUT")) {
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[h.length + content.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(content, 0, all, h.length, content.length);
    return all;
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(readTimeoutMillis);
    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    socket = s;
    in = new java.io.BufferedInputStream(s.getInputStream(), 16_384);
    out = new java.io.BufferedOutputStream(s.getOutputStream(), 4_096);
  }

  private Response read() throws IOException {
    String status = readLine();
    if (status.length() < 12 || !status.startsWith("HTTP/1.")) {
      throw new IOException("bad status line: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closeAfter = status.startsWith("HTTP/1.0");
    List<String> cookies = List.of();
    for (String h = readLine(); !h.isEmpty(); h = readLine()) {
      int colon = h.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = h.substring(0, colon).trim();
      String value = h.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        closeAfter = value.equalsIgnoreCase("close");
      } else if (name.equalsIgnoreCase("Set-Cookie")) {
        if (cookies.isEmpty()) {
          cookies = new ArrayList<>();
        }
        cookies.add(value);
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = Long.parseLong(readLine().split(";")[0].trim(), 16);
          size > 0;
          size = Long.parseLong(readLine().split(";")[0].trim(), 16)) {
        copy(size, body);
        readLine();
      }
      for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
        // trailers are ignored
      }
    } else if (length > 0) {
      copy(length, body);
    } else if (length < 0 && code != 204 && code != 304 && code >= 200) {
      closeAfter = true;
      in.transferTo(body);
    }
    if (closeAfter) {
      close();
    }
    return new Response(code, body.toString(StandardCharsets.UTF_8), cookies);
  }

  private void copy(long n, ByteArrayOutputStream to) throws IOException {
    while (n > 0) {
      int r = in.read(line, 0, (int) Math.min(line.length, n));
      if (r < 0) {
        throw new EOFException("connection closed in a response body");
      }
      to.write(line, 0, r);
      n -= r;
    }
  }

  private String readLine() throws IOException {
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed by the server");
      }
      if (b == '\n') {
        break;
      }
      if (n == line.length) {
        throw new IOException("header line too long");
      }
      line[n++] = (byte) b;
    }
    if (n > 0 && line[n - 1] == '\r') {
      n--;
    }
    return new String(line, 0, n, StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
      in = null;
      out = null;
    }
  }
}
