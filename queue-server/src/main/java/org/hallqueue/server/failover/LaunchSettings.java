package org.hallqueue.server.failover;

import java.util.Optional;

/**
 * The few settings needed before Spring starts (the database URL and credentials, the port), read
 * the way Spring will read them: a {@code --name=value} argument, else a {@code -Dname=value}
 * system property, else the environment variable (SPRING_DATASOURCE_URL, …).
 */
record LaunchSettings(String[] args) {

  Optional<String> value(String name) {
    String prefix = "--" + name + "=";
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return Optional.of(arg.substring(prefix.length()));
      }
    }
    String property = System.getProperty(name);
    if (property != null) {
      return Optional.of(property);
    }
    String variable = name.toUpperCase().replace('.', '_').replace("-", "");
    return Optional.ofNullable(System.getenv(variable));
  }

  String databaseUrl() {
    return value("spring.datasource.url").orElse("jdbc:sqlite:./data/queue.db");
  }

  int port() {
    return Integer.parseInt(
        value("server.port").or(() -> Optional.ofNullable(System.getenv("PORT"))).orElse("8080"));
  }
}
