package org.hallqueue.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay in front of the real server that the test can switch off (connections refused) and on
 * again, cut (open connections broken), or tell to swallow the answer to the next ticket request
 * (as a lost answer would).
 */
final class Proxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final int port;
  private volatile ServerSocket listener;
  private final AtomicBoolean swallowNextTicketAnswer = new AtomicBoolean();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  Proxy(URI server) throws IOException {
    target = new InetSocketAddress(server.getHost(), server.getPort());
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    up();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + port);
  }

  synchronized void up() throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress("127.0.0.1", port));
    listener = s;
    Thread t = new Thread(() -> accept(s), "proxy");
    t.setDaemon(true);
    t.start();
  }

  synchronized void down() throws IOException {
    listener.close();
  }

  /** Breaks every connection now open, as a pulled network cable would. */
  void cut() {
    for (Socket s : open) {
      close(s);
    }
    open.clear();
  }

  void swallowNextTicketAnswer() {
    swallowNextTicketAnswer.set(true);
  }

  private void accept(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket client = s.accept();
        Socket server = new Socket(target.getHostString(), target.getPort());
        open.add(client);
        open.add(server);
        AtomicBoolean swallow = new AtomicBoolean();
        relay(client, server, swallow, true);
        relay(server, client, swallow, false);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void relay(Socket from, Socket to, AtomicBoolean swallow, boolean request) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                  if (request
                      && new String(buf, 0, n, StandardCharsets.ISO_8859_1)
                          .contains("POST /api/v1/tickets")
                      && swallowNextTicketAnswer.compareAndSet(true, false)) {
                    swallow.set(true);
                  }
                  if (!request && swallow.get()) {
                    continue;
                  }
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                close(from);
                close(to);
              }
            },
            "proxy relay");
    t.setDaemon(true);
    t.start();
  }

  private void close(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    down();
  }
}
