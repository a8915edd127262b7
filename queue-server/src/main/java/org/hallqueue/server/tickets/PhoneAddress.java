package org.hallqueue.server.tickets;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The address a visitor's phone opens behind the ticket's QR when {@code queue.tracking-base-url}
 * is not set: the address the request came in on, unless that is this machine's own loopback (a
 * kiosk on the server PC, {@code http://localhost:8080}), which no phone can reach; then the same
 * scheme and port on the server's address in the hall's network (a private IPv4 address).
 */
final class PhoneAddress {
  private PhoneAddress() {}

  /** {@code requestBase} as phones on the hall's network reach it. */
  static String of(String requestBase) {
    return isLoopback(URI.create(requestBase).getHost())
        ? of(requestBase, lanAddresses())
        : requestBase;
  }

  /** As {@link #of(String)}, choosing among {@code addresses} (this machine's, in any order). */
  static String of(String requestBase, List<InetAddress> addresses) {
    URI uri = URI.create(requestBase);
    if (!isLoopback(uri.getHost())) {
      return requestBase;
    }
    Optional<InetAddress> lan =
        addresses.stream()
            .filter(a -> a instanceof Inet4Address && a.isSiteLocalAddress())
            .min(Comparator.comparing(PhoneAddress::preference));
    if (lan.isEmpty()) {
      return requestBase;
    }
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme() + "://" + lan.get().getHostAddress() + port + path;
  }

  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.replace("[", "").replace("]", "");
    return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1");
  }

  /** A hall's network is most often 192.168.x.x, then 10.x.x.x, then 172.16–31.x.x. */
  private static String preference(InetAddress a) {
    String ip = a.getHostAddress();
    return (ip.startsWith("192.168.") ? "0" : ip.startsWith("10.") ? "1" : "2") + ip;
  }

  private static List<InetAddress> lanAddresses() {
    List<InetAddress> all = new ArrayList<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (nic.isUp() && !nic.isLoopback() && !nic.isVirtual()) {
          all.addAll(Collections.list(nic.getInetAddresses()));
        }
      }
    } catch (SocketException e) {
      return List.of();
    }
    return all;
  }
}
