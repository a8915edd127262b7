package org.hallqueue.kiosk.server;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The addresses of the queue server, in the order of {@code server.url}: one, or an active and a
 * standby server on one database. Every request and the event stream go to the address that last
 * answered as the active server; when it cannot be reached, or answers as a standby (503 with
 * {@code "role":"STANDBY"}), the kiosk moves on to the next address. Shared by the kiosk's clients,
 * so that one of them finding the new active server moves them all.
 */
public final class Servers {

  private final List<URI> addresses;
  private final AtomicInteger current = new AtomicInteger();

  public Servers(List<URI> addresses) {
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("at least one server address is needed");
    }
    this.addresses = addresses.stream().map(Servers::withoutSlash).toList();
  }

  /** One server. */
  public static Servers of(URI address) {
    return new Servers(List.of(address));
  }

  /** The address in use now (without a trailing slash). */
  public URI current() {
    return addresses.get(current.get());
  }

  public int size() {
    return addresses.size();
  }

  /**
   * The address {@code failed} did not serve: the next one is used from now on, unless another
   * request already moved on from it.
   */
  public void moveOn(URI failed) {
    int i = current.get();
    if (addresses.get(i).equals(withoutSlash(failed))) {
      current.compareAndSet(i, (i + 1) % addresses.size());
    }
  }

  /**
   * The API address {@code path} (e.g. {@code api/v1/tickets}) on the server in use now; {@link
   * #send} moves a request built on it to another server when needed.
   */
  public URI resolve(String path) {
    return URI.create(current() + "/" + path);
  }

  /**
   * Sends a request to the server in use, moving on to the next address (at most once round the
   * list) while the address refuses the connection or answers as a standby: such a request never
   * reached an active server, so sending it again is safe even when it is not idempotent. A request
   * that may have been received (no answer in time, the connection broken after sending) is not
   * sent again here: the next request goes to the next address, and the caller decides (the ticket
   * is retried with its {@code Idempotency-Key}).
   */
  public HttpResponse<String> send(HttpClient http, HttpRequest request) throws ServerException {
    URI server = current();
    for (int tried = 1; ; tried++) {
      HttpRequest on = onServer(request, server);
      try {
        HttpResponse<String> response =
            http.send(on, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (!standby(response) || tried >= size()) {
          return response;
        }
      } catch (ConnectException | HttpConnectTimeoutException e) {
        if (tried >= size()) {
          moveOn(server);
          throw new ServerException("cannot connect to " + on.uri(), true, e);
        }
      } catch (HttpTimeoutException e) {
        moveOn(server);
        long ms = request.timeout().map(Duration::toMillis).orElse(0L);
        throw new ServerException(on.uri() + " did not answer within " + ms + " ms", true, e);
      } catch (IOException e) {
        moveOn(server);
        throw new ServerException(on.uri() + ": " + e, true, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ServerException("interrupted", true, e);
      }
      moveOn(server);
      server = current();
    }
  }

  /** The same request addressed to {@code server}. */
  HttpRequest onServer(HttpRequest request, URI server) {
    URI moved = onServer(request.uri(), server);
    return moved.equals(request.uri())
        ? request
        : HttpRequest.newBuilder(request, (name, value) -> true).uri(moved).build();
  }

  /** The same address on {@code server}. */
  URI onServer(URI uri, URI server) {
    String u = uri.toString();
    for (URI a : addresses) {
      if (u.startsWith(a + "/")) {
        return URI.create(server + u.substring(a.toString().length()));
      }
    }
    return uri;
  }

  /** A request to {@code uri} got no answer in time: the next request goes to the next address. */
  void noAnswerFrom(URI uri) {
    for (URI a : addresses) {
      if (uri.toString().startsWith(a + "/")) {
        moveOn(a);
      }
    }
  }

  /** Whether an answer is a standby server's refusal: 503 naming the role STANDBY. */
  public static boolean standby(HttpResponse<String> response) {
    return response.statusCode() == 503
        && response.body() != null
        && response.body().contains("STANDBY");
  }

  @Override
  public String toString() {
    return addresses.stream().map(URI::toString).collect(Collectors.joining(","));
  }

  private static URI withoutSlash(URI address) {
    return URI.create(address.toString().replaceAll("/+$", ""));
  }
}
