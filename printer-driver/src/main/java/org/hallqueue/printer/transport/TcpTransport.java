package org.hallqueue.printer.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.hallqueue.printer.PrinterUri;

/** A network printer on its raw port (usually 9100). */
final class TcpTransport implements Transport {

  private static final int CHUNK = 4096;

  private final Socket socket;
  private final PrinterUri uri;
  private final InputStream in;
  private final OutputStream out;

  private TcpTransport(Socket socket, PrinterUri uri) throws IOException {
    this.socket = socket;
    this.uri = uri;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  static TcpTransport open(PrinterUri uri) throws IOException {
    String where = "printer at " + uri.host() + ":" + uri.port();
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(uri.host(), uri.port()), (int) uri.timeout().toMillis());
      return new TcpTransport(socket, uri);
    } catch (UnknownHostException e) {
      socket.close();
      throw new IOException(
          "unknown host '" + uri.host() + "': check the name or use its IP address", e);
    } catch (SocketTimeoutException e) {
      socket.close();
      throw new IOException(
          where
              + " did not answer within "
              + uri.timeout().toMillis()
              + " ms: is it switched on and on this network?",
          e);
    } catch (ConnectException e) {
      socket.close();
      throw new IOException(
          where
              + " refused the connection: is the address right, and is raw printing (port "
              + uri.port()
              + ") enabled?",
          e);
    } catch (NoRouteToHostException e) {
      socket.close();
      throw new IOException(where + " cannot be reached: check the network cable and address", e);
    } catch (IOException e) {
      socket.close();
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(byte[] data) throws IOException {
    for (int offset = 0; offset < data.length; offset += CHUNK) {
      int start = offset;
      int length = Math.min(CHUNK, data.length - offset);
      Watchdog.run(
          () -> {
            out.write(data, start, length);
            out.flush();
          },
          uri.timeout(),
          this,
          describe()
              + " stopped taking data for "
              + uri.timeout().toMillis()
              + " ms with "
              + (data.length - offset)
              + " bytes left to send: is it online (paper, cover)?");
    }
  }

  @Override
  public int read(Duration timeout) throws IOException {
    socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
    try {
      int b = in.read();
      if (b < 0) {
        throw new IOException(describe() + " closed the connection");
      }
      return b;
    } catch (SocketTimeoutException e) {
      return -1;
    }
  }

  @Override
  public boolean hasBackChannel() {
    return true;
  }

  @Override
  public void discardInput() throws IOException {
    while (in.available() > 0) {
      in.skip(in.available());
    }
  }

  @Override
  public String describe() {
    return "printer at " + uri.host() + ":" + uri.port();
  }

  @Override
  public void close() throws IOException {
    if (!socket.isClosed()) {
      try {
        discardInput(); // unread answers would make the close a reset
      } catch (IOException ignored) {
        // closing anyway
      }
      socket.close();
    }
  }
}
