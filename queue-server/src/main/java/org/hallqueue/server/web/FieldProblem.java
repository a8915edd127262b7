package org.hallqueue.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One thing wrong with a request, naming the field (a JSON path such as {@code services[2].name},
 * or a JSON pointer inside a floorplan). {@code messages} carries the wording in zh-CN and en where
 * there is one for visitors' and managers' screens.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String message, Map<String, String> messages) {
  public FieldProblem(String field, String message) {
    this(field, message, null);
  }
}
