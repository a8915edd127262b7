package org.hallqueue.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * HTTP/1.1 written by hand on a socket: for what a polite client cannot send (a chunked body, a
 * header with non-ASCII bytes, TRACE, a 100 KB URL, a path with {@code //}) and for requests from
 * another loopback address (127.0.0.2 stands for another PC in the office).
 */
public final class RawHttp {
  private final int port;
  private final String from;

  public RawHttp(int port, String from) {
    this.port = port;
    this.from = from;
  }

  /** Requests to the server {@code api} talks to, sent from the loopback address {@code from}. */
  public static RawHttp to(Api api, String from) {
    return new RawHttp(
        Integer.parseInt(api.base().substring(api.base().lastIndexOf(':') + 1)), from);
  }

  /** What the server answered. */
  public record Reply(int status, String head, String body) {
    public String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }

    public String contentType() {
      String type = header("Content-Type");
      return type == null ? "" : type;
    }

    public JsonNode json() {
      return Api.JSON.readTree(body);
    }
  }

  /**
   * Sends {@code head} (request line and headers, without the blank line) and then {@code body}.
   */
  public Reply send(String head, byte[] body) {
    byte[] headBytes =
        (head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    return sendBytes(headBytes, body);
  }

  /** A request with the given method, path, headers (lines) and a JSON body sent in chunks. */
  public Reply chunked(String method, String path, String authorization, byte[] body, int chunk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += chunk) {
      int n = Math.min(chunk, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return send(
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nAuthorization: "
            + authorization
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
        out.toByteArray());
  }

  public Reply get(String path, String authorization) {
    return send(
        "GET "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nAuthorization: "
            + authorization,
        new byte[0]);
  }

  private Reply sendBytes(byte[] head, byte[] body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head);
      try {
        out.write(body);
        out.flush();
      } catch (IOException closedEarly) {
        // the server may answer and close before reading all of a refused body
      }
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reply parse(byte[] bytes) {
    String all = new String(bytes, StandardCharsets.UTF_8);
    int end = all.indexOf("\r\n\r\n");
    String head = end < 0 ? all : all.substring(0, end);
    String body = end < 0 ? "" : all.substring(end + 4);
    int status = Integer.parseInt(head.split(" ", 3)[1]);
    Reply reply = new Reply(status, head, body);
    String encoding = reply.header("Transfer-Encoding");
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      reply = new Reply(status, head, unchunk(body));
    }
    return reply;
  }

  private static String unchunk(String body) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int lineEnd = body.indexOf("\r\n", i);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(body.substring(i, lineEnd).trim().split(";")[0], 16);
      if (size == 0) {
        break;
      }
      // sizes count bytes; the problem documents here are ASCII-safe enough to count chars
      byte[] rest = body.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
      sb.append(chunk);
      i = lineEnd + 2 + chunk.length() + 2;
    }
    return sb.toString();
  }
}
