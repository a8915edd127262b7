package org.hallqueue.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that no controller answers are problem+json too: what Tomcat refuses itself (a request
 * line or headers too long, TRACE) and what reaches the error page (/error), never an HTML page or
 * Spring's default error JSON.
 */
@Configuration(proxyBeanMethods = false)
class ProblemPages {

  /** Tomcat's own error reports (the host's report valve) written as problem+json. */
  @Bean
  TomcatContextCustomizer problemReports() {
    return context -> {
      Container parent = context.getParent();
      if (parent instanceof org.apache.catalina.core.StandardHost host) {
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
      } else if (parent instanceof Host) {
        throw new IllegalStateException("unexpected Tomcat host " + parent.getClass());
      }
    };
  }

  /** Writes the problem for a status that no controller answered. */
  static void write(HttpServletResponse response, int status) throws IOException {
    HttpStatus s = HttpStatus.resolve(status);
    if (s == null || status < 400) {
      s = HttpStatus.BAD_REQUEST;
    }
    String detail =
        switch (s) {
          case METHOD_NOT_ALLOWED -> "this method is not allowed here";
          case NOT_FOUND -> "there is nothing at this address";
          case BAD_REQUEST, REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG ->
              "the request could not be read: its address or headers are malformed or too long";
          default -> "the request could not be answered";
        };
    String field =
        switch (s) {
          case METHOD_NOT_ALLOWED -> "method";
          case NOT_FOUND -> "path";
          default -> "request";
        };
    Problems.write(response, s, s.getReasonPhrase(), detail, field);
  }

  /** The error page every failed request without an answer is forwarded to. */
  @RestController
  static class ProblemErrorController implements ErrorController {
    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
      Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      write(response, status instanceof Integer code ? code : response.getStatus());
    }
  }

  /** Tomcat's report valve, writing problem+json instead of its HTML page. */
  public static class ProblemReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      try {
        response.resetBuffer();
        write(response, status);
        response.finishResponse();
      } catch (IOException | IllegalStateException e) {
        // the connection is gone or the response already started: nothing more to say
      }
    }
  }
}
