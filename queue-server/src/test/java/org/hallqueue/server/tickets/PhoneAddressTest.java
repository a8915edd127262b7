package org.hallqueue.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The QR's address when none is configured: one a phone in the hall can open. */
class PhoneAddressTest {

  @Test
  void shouldKeepAnAddressPhonesCanAlreadyReach() {
    assertThat(PhoneAddress.of("http://192.168.1.20:8080", List.of(ip("10.0.0.5"))))
        .isEqualTo("http://192.168.1.20:8080");
    assertThat(PhoneAddress.of("https://queue.hall.local", List.of(ip("10.0.0.5"))))
        .isEqualTo("https://queue.hall.local");
  }

  @Test
  void shouldReplaceLocalhostWithTheServersAddressInTheHallsNetwork() {
    List<InetAddress> nics =
        List.of(ip("172.17.0.1"), ip("fe80::1"), ip("10.1.2.3"), ip("192.168.5.9"));

    assertThat(PhoneAddress.of("http://localhost:8080", nics)).isEqualTo("http://192.168.5.9:8080");
    assertThat(PhoneAddress.of("http://127.0.0.1:8080/hall", nics))
        .isEqualTo("http://192.168.5.9:8080/hall");
    assertThat(PhoneAddress.of("http://[::1]:8080", List.of(ip("10.1.2.3"))))
        .isEqualTo("http://10.1.2.3:8080");
  }

  @Test
  void shouldKeepLocalhostWhenTheMachineHasNoPrivateNetworkAddress() {
    assertThat(PhoneAddress.of("http://localhost:8080", List.of(ip("8.8.8.8"), ip("fe80::1"))))
        .isEqualTo("http://localhost:8080");
  }

  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
