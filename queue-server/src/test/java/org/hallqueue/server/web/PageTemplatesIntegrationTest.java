package org.hallqueue.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages that share a part (the return-visit booking form) get it whole, from one file. */
class PageTemplatesIntegrationTest extends ServerTest {

  @ParameterizedTest
  @ValueSource(strings = {"/staff", "/assist"})
  void shouldIncludeTheSharedBookingFormOnceAndLeaveNoPlaceholder(String page) {
    Api.Response r = api.get(page, STAFF);

    assertThat(r.status()).isEqualTo(200);
    String html = r.raw().body();
    assertThat(html).doesNotContain("{{");
    assertThat(html.split("id=\"booking-form\"", -1)).hasSize(2);
    assertThat(html).contains("id=\"booking-slot\"").contains("id=\"booking-result\"");
  }
}
