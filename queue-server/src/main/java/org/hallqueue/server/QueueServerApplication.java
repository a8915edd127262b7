package org.hallqueue.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The queue server of one social security service hall. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueueServerApplication {
  public static void main(String[] args) {
    SpringApplication.run(QueueServerApplication.class, args);
  }
}
