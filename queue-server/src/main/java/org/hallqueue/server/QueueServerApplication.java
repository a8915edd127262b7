package org.hallqueue.server;

import java.nio.file.Path;
import java.util.Optional;
import org.hallqueue.server.backup.Restore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The queue server of one social security service hall. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueueServerApplication {
  public static void main(String[] args) {
    Optional<Path> backup = Restore.requested(args);
    if (backup.isPresent()) {
      System.exit(Restore.run(backup.get(), args, System.out));
    }
    Optional<Integer> sized = SizedJvm.runSized(args);
    if (sized.isPresent()) {
      System.exit(sized.get());
    }
    SizedJvm.followParent();
    SpringApplication.run(QueueServerApplication.class, args);
  }
}
