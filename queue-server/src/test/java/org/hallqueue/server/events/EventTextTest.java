package org.hallqueue.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event's message is written once: the log's {@code seq}, {@code type} and {@code at}, then the
 * record's own fields, which must not use those names.
 */
class EventTextTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Instant AT = Instant.parse("2026-12-07T02:30:00.123Z");

  @Test
  void shouldPutTheLogsFieldsFirstAndTheRecordsAfter() {
    String text =
        EventLog.text(42, "TICKET_ISSUED", AT, "{\"ticket\":{\"number\":\"A001\"},\"by\":\"k1\"}");
    JsonNode node = MAPPER.readTree(text);
    List<String> names = new ArrayList<>(node.propertyNames());
    assertThat(names).containsExactly("seq", "type", "at", "ticket", "by");
    assertThat(node.get("seq").asLong()).isEqualTo(42);
    assertThat(node.get("type").asString()).isEqualTo("TICKET_ISSUED");
    assertThat(node.get("at").asString()).isEqualTo("2026-12-07T02:30:00.123Z");
    assertThat(node.at("/ticket/number").asString()).isEqualTo("A001");
  }

  @Test
  void shouldWriteARecordWithoutFieldsAsTheLogsFieldsAlone() {
    assertThat(MAPPER.readTree(EventLog.text(7, "DAY_CLOSED", AT, "{}")).propertyNames())
        .containsExactly("seq", "type", "at");
  }

  @Test
  void shouldRefuseWhatIsNotAJsonObject() {
    assertThatThrownBy(() -> EventLog.text(7, "X", AT, "[1]"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldFindNoEventRecordWithAFieldNamedAsTheLogsOwn() {
    List<String> clashes = new ArrayList<>();
    for (Class<?> kind : QueueEvent.class.getPermittedSubclasses()) {
      for (var component : kind.getRecordComponents()) {
        boolean ignored =
            component.getAccessor().isAnnotationPresent(JsonIgnore.class)
                || component.isAnnotationPresent(JsonIgnore.class);
        if (!ignored && Set.of("seq", "type", "at").contains(component.getName())) {
          clashes.add(kind.getSimpleName() + "." + component.getName());
        }
      }
    }
    assertThat(QueueEvent.class.getPermittedSubclasses()).isNotEmpty();
    assertThat(clashes).isEmpty();
  }
}
