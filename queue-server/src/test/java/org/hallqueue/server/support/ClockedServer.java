package org.hallqueue.server.support;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.QueueServerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A demo-office server on a random port whose clock the test moves, on a SQLite file in {@code
 * data}: start it again on the same directory to see what a restart keeps.
 */
public final class ClockedServer {
  private ClockedServer() {}

  /** Starts the server; {@code settings} are extra {@code --name=value} arguments. */
  public static ConfigurableApplicationContext start(
      Path data, MovableClock clock, String... settings) {
    List<String> args = new ArrayList<>(List.of(settings));
    args.addAll(
        List.of(
            "--server.port=0",
            "--queue.demo=true",
            "--queue.admin-password=clocked-server-test",
            "--logging.level.root=WARN",
            "--spring.datasource.url=jdbc:sqlite:"
                + data.resolve("queue.db")
                + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000"
                + "&transaction_mode=IMMEDIATE"));
    return new SpringApplicationBuilder(QueueServerApplication.class)
        .initializers(
            context ->
                ((GenericApplicationContext) context)
                    .registerBean(
                        "movableClock", Clock.class, () -> clock, bd -> bd.setPrimary(true)))
        .run(args.toArray(String[]::new));
  }

  /** A client of the started server. */
  public static Api api(ConfigurableApplicationContext server) {
    return new Api(Integer.parseInt(server.getEnvironment().getProperty("local.server.port", "0")));
  }
}
