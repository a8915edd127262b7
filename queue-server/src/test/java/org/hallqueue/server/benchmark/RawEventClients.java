package org.hallqueue.server.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The same boards as {@link EventClients}, each a real WebSocket connection to {@code /ws/events}
 * (HTTP upgrade, RFC 6455 frames), read by one thread over plain non-blocking sockets. The JDK's
 * client spends about as much CPU per message as the server does to send it, and the two share the
 * machine's two cores; this one reads a message for a few microseconds, so the measured latency is
 * the server's. A message's time is taken when the read that completed it returned.
 */
final class RawEventClients extends EventClients {
  private static final byte[] CALLED =
      "\"type\":\"TICKET_CALLED\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TICKET_ID = "\"ticket\":{\"id\":".getBytes(StandardCharsets.US_ASCII);

  private final Selector selector;
  private final List<SocketChannel> channels = new ArrayList<>();
  private final Thread reader;
  private volatile boolean open = true;

  private RawEventClients(int size) throws IOException {
    super(size);
    this.selector = Selector.open();
    this.reader = new Thread(this::read, "ws-raw-reader");
    this.reader.setDaemon(true);
  }

  static RawEventClients connect(int port, String displayToken, int size) throws IOException {
    RawEventClients clients = new RawEventClients(size);
    try {
      for (int i = 0; i < size; i++) {
        clients.open(port, displayToken, i);
      }
    } catch (IOException | RuntimeException e) {
      clients.close();
      throw e;
    }
    clients.reader.start();
    return clients;
  }

  private void open(int port, String token, int index) throws IOException {
    SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
    channels.add(channel);
    byte[] key = new byte[16];
    ThreadLocalRandom.current().nextBytes(key);
    String request =
        "GET /ws/events?access_token="
            + token
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
            + Base64.getEncoder().encodeToString(key)
            + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
    while (out.hasRemaining()) {
      channel.write(out);
    }
    Connection c = new Connection(index);
    // The answer's head, byte by byte up to the blank line; anything after it is frames.
    ByteBuffer one = ByteBuffer.allocate(1);
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      one.clear();
      if (channel.read(one) < 0) {
        throw new IOException("websocket " + index + ": the server closed during the handshake");
      }
      head.append((char) one.get(0));
    }
    if (!head.toString().startsWith("HTTP/1.1 101")) {
      throw new IOException(
          "websocket " + index + ": " + head.toString().lines().findFirst().orElse(""));
    }
    channel.configureBlocking(false);
    channel.register(selector, SelectionKey.OP_READ, c);
  }

  private void read() {
    try {
      while (open) {
        selector.select(200);
        for (SelectionKey key : selector.selectedKeys()) {
          Connection c = (Connection) key.attachment();
          SocketChannel channel = (SocketChannel) key.channel();
          try {
            int n = channel.read(c.in);
            long at = System.nanoTime();
            if (n < 0) {
              closed(key, c, "end of stream");
              continue;
            }
            c.in.flip();
            c.frames(at);
            c.in.compact();
          } catch (IOException e) {
            closed(key, c, e.toString());
          }
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException e) {
      if (open) {
        System.err.println("websocket reader failed: " + e);
      }
    }
  }

  private void closed(SelectionKey key, Connection c, String why) {
    key.cancel();
    closedOrFailed.incrementAndGet();
    System.err.println("websocket " + c.index + " closed: " + why);
  }

  @Override
  public void close() {
    open = false;
    selector.wakeup();
    try {
      reader.join(2_000); // it stops at its next select, before the selector closes under it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (SocketChannel channel : channels) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    try {
      selector.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  /** One board: its bytes read and not yet framed, and a message arriving in several frames. */
  private final class Connection {
    final int index;
    final ByteBuffer in = ByteBuffer.allocate(1 << 16);
    private byte[] message = new byte[0];

    Connection(int index) {
      this.index = index;
    }

    /** Takes every whole frame from the buffer (flipped for reading); leaves a partial one. */
    void frames(long at) {
      while (in.remaining() >= 2) {
        int start = in.position();
        int b0 = in.get() & 0xff;
        int b1 = in.get() & 0xff;
        long length = b1 & 0x7f;
        if (length == 126) {
          if (in.remaining() < 2) {
            in.position(start);
            return;
          }
          length = in.getShort() & 0xffff;
        } else if (length == 127) {
          if (in.remaining() < 8) {
            in.position(start);
            return;
          }
          length = in.getLong();
        }
        if ((b1 & 0x80) != 0 || length > in.capacity() - 14) {
          throw new IllegalStateException("websocket " + index + ": a frame a server never sends");
        }
        if (in.remaining() < length) {
          in.position(start);
          return;
        }
        byte[] payload = new byte[(int) length];
        in.get(payload);
        int opcode = b0 & 0x0f;
        boolean fin = (b0 & 0x80) != 0;
        if (opcode == 1 || opcode == 0) {
          byte[] whole = payload;
          if (message.length > 0 || !fin) {
            whole = new byte[message.length + payload.length];
            System.arraycopy(message, 0, whole, 0, message.length);
            System.arraycopy(payload, 0, whole, message.length, payload.length);
            message = fin ? new byte[0] : whole;
          }
          if (fin) {
            received(whole, at);
          }
        } else if (opcode == 8) {
          closedOrFailed.incrementAndGet();
          System.err.println("websocket " + index + " closed by the server");
        }
      }
    }

    private void received(byte[] text, long at) {
      messages.incrementAndGet();
      if (indexOf(text, CALLED, 0) < 0) {
        return;
      }
      int i = indexOf(text, TICKET_ID, 0);
      if (i >= 0) {
        long id = 0;
        for (int k = i + TICKET_ID.length; k < text.length && Character.isDigit(text[k]); k++) {
          id = id * 10 + (text[k] - '0');
        }
        call(id).received(index, at);
      }
    }
  }

  private static int indexOf(byte[] text, byte[] part, int from) {
    outer:
    for (int i = from; i <= text.length - part.length; i++) {
      for (int k = 0; k < part.length; k++) {
        if (text[i + k] != part[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
