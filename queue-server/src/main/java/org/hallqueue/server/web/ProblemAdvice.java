package org.hallqueue.server.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallqueue.server.persistence.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as RFC 9457 problem+json that names the field: 400 for bad input, 404 for unknown
 * things, 409 for illegal transitions, 503 when the database cannot take a change. Never a stack
 * trace.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
  private static final Pattern HEADER = Pattern.compile("header: \"([^\"]*)\"");
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]*)\"");

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
    List<FieldProblem> errors = Problems.cut(e.problems());
    p.setProperty("field", errors.isEmpty() ? "body" : errors.get(0).field());
    p.setProperty("errors", errors);
    if (e.notListed() > 0) {
      p.setProperty("errorsNotShown", e.notListed());
    }
    return p;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail p = problem(HttpStatus.CONFLICT, "Not possible now", e.getMessage());
    if (e.from() != null) {
      p.setProperty("status_from", e.from());
    }
    p.setProperty("action", e.action());
    if (e.field() != null) {
      p.setProperty("field", e.field());
    }
    return p;
  }

  @ExceptionHandler(StorageUnavailableException.class)
  ProblemDetail unavailable(StorageUnavailableException e) {
    ProblemDetail p =
        problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Try again shortly",
            e.getMessage()
                + (e.outcomeUnknown()
                    ? "; the change may have been saved: retry with the same Idempotency-Key, or"
                        + " look before repeating it"
                    : "; nothing was saved"));
    p.setProperty("saved", e.outcomeUnknown() ? "unknown" : "no");
    return p;
  }

  /** The firewall refuses a header value only when it is read (e.g. non-ASCII bytes). */
  @ExceptionHandler(RequestRejectedException.class)
  ProblemDetail rejected(RequestRejectedException e) {
    Matcher header = HEADER.matcher(String.valueOf(e.getMessage()));
    String field = header.find() ? Problems.cut(header.group(1).trim()) : "request";
    return withField(
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid input",
            field + " contains characters that are not allowed (visible ASCII only)"),
        field);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected =
        e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
    return withField(
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid input",
            e.getName()
                + " must be "
                + article(expected)
                + ", got "
                + Checks.quote(String.valueOf(e.getValue()))),
        e.getName());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    if (BodySizeLimit.causedByTooLarge(e)) {
      return withField(tooLarge(), "body");
    }
    log.error("unexpected error", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Unexpected error",
        "The server could not complete the request; nothing was changed. See the server log.");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (BodySizeLimit.causedByTooLarge(e)) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .headers(problemHeaders())
          .body(withField(tooLarge(), "body"));
    }
    String field = "body";
    String detail = "the request body is not valid JSON";
    Throwable cause = e.getCause();
    Matcher duplicate =
        cause == null || cause.getMessage() == null ? null : DUPLICATE.matcher(cause.getMessage());
    if (duplicate != null && duplicate.find()) {
      field = Problems.cut(duplicate.group(1));
      detail = "the field " + field + " is given twice";
    } else if (cause instanceof JacksonException jackson) {
      String path = path(jackson.getPath());
      if (!path.isEmpty()) {
        field = Problems.cut(path);
      }
      if (jackson instanceof UnrecognizedPropertyException unknown) {
        field = Problems.cut(path.isEmpty() ? unknown.getPropertyName() : path);
        detail = "unknown field " + Checks.quote(unknown.getPropertyName());
      } else if (!path.isEmpty()) {
        detail = field + " has the wrong type or format";
      } else if (jackson.getLocation() != null) {
        detail =
            "the request body is not valid JSON (line "
                + jackson.getLocation().getLineNr()
                + ", column "
                + jackson.getLocation().getColumnNr()
                + ")";
      }
    } else if (e.getMessage() != null && e.getMessage().contains("Required request body")) {
      detail = "a JSON request body is required";
    }
    ProblemDetail p = withField(problem(HttpStatus.BAD_REQUEST, "Invalid input", detail), field);
    p.setProperty("errors", List.of(new FieldProblem(field, detail)));
    return ResponseEntity.badRequest().headers(problemHeaders()).body(p);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .headers(problemHeaders())
        .body(
            withField(
                problem(
                    HttpStatus.BAD_REQUEST,
                    "Invalid input",
                    "the parameter " + e.getParameterName() + " is required"),
                e.getParameterName()));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail p
        && statusCode.value() == 400
        && (p.getProperties() == null || !p.getProperties().containsKey("field"))) {
      p.setProperty("field", "request");
    }
    HttpHeaders h = new HttpHeaders();
    if (headers != null) {
      h.putAll(headers);
    }
    h.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
    return new ResponseEntity<>(body, h, statusCode);
  }

  private static HttpHeaders problemHeaders() {
    HttpHeaders h = new HttpHeaders();
    h.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
    return h;
  }

  private static String path(List<JacksonException.Reference> references) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : references) {
      if (r.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static ProblemDetail tooLarge() {
    return problem(
        HttpStatus.CONTENT_TOO_LARGE,
        "Request too large",
        "the request body is larger than accepted here");
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, Problems.cut(detail));
    p.setTitle(title);
    p.setType(URI.create("about:blank"));
    return p;
  }

  private static ProblemDetail withField(ProblemDetail p, String field) {
    p.setProperty("field", field);
    return p;
  }

  private static String article(String type) {
    return Map.of("long", "a whole number", "int", "a whole number", "Long", "a whole number")
        .getOrDefault(type, "a " + type);
  }
}
