package org.hallqueue.server.pension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hallqueue.server.changes.ConfigVersions;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.persistence.Json;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The office's calculator figures, a document the manager edits in the console. Until one is saved,
 * the example figures shipped with the server apply, marked as an example.
 */
@Component
public class PensionFiguresStore {
  static final String DOCUMENT = "pension-figures";

  private final DocumentStore documents;
  private final ConfigVersions versions;
  private final Json json;
  private final PensionFigures example;

  PensionFiguresStore(DocumentStore documents, ConfigVersions versions, Json json) {
    this.documents = documents;
    this.versions = versions;
    this.json = json;
    try (InputStream in = new ClassPathResource("pension/example-figures.json").getInputStream()) {
      this.example = json.mapper().readValue(in, PensionFigures.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PensionFigures current() {
    return documents.get(DOCUMENT).map(s -> json.read(s, PensionFigures.class)).orElse(example);
  }

  /** The version a later save must name; 0 while the example applies. */
  long version() {
    return versions.of("document", DOCUMENT).map(ConfigVersions.Stamp::version).orElse(0L);
  }

  /** Stores the figures. Run inside a write transaction. */
  void put(PensionFigures figures) {
    documents.put(DOCUMENT, json.write(figures));
  }
}
