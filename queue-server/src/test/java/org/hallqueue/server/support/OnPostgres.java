package org.hallqueue.server.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs a {@link ServerTest} on PostgreSQL instead of SQLite: a fresh database on the JVM's shared
 * {@link Postgres}. Test classes that add this initializer (and nothing else) share one server.
 */
public final class OnPostgres
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String url = Postgres.shared().newDatabase("contract");
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("postgresql", Map.of("spring.datasource.url", url)));
  }
}
