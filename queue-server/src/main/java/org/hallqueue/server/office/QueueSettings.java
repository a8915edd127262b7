package org.hallqueue.server.office;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's settings, from {@code queue.*} properties.
 *
 * @param adminPassword password for the {@code admin} user of a fresh database; random if empty
 * @param demo seed the demo office into an empty database
 * @param timeZone the office's time zone; an office day starts at its midnight
 * @param callStrategy WEIGHTED_AGING (default), FIFO or STRICT_PRIORITY
 * @param recallLimit recalls allowed before a recall turns the ticket into a no-show
 * @param trackingBaseUrl prefix of the visitor's tracking page address printed as a QR code
 */
@ConfigurationProperties("queue")
public record QueueSettings(
    String adminPassword,
    boolean demo,
    ZoneId timeZone,
    String callStrategy,
    int recallLimit,
    String trackingBaseUrl) {

  public QueueSettings {
    timeZone = timeZone == null ? ZoneId.of("Asia/Shanghai") : timeZone;
    callStrategy = callStrategy == null ? "WEIGHTED_AGING" : callStrategy;
    recallLimit = recallLimit <= 0 ? 2 : recallLimit;
  }
}
