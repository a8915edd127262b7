package org.hallqueue.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies with 413 before anything reads them. Office bundles and
 * floorplans (also drafts sent for a route preview) may be larger than ordinary requests.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {
  static final long ORDINARY = 64 * 1024;
  static final long DOCUMENTS = 8 * 1024 * 1024;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String uri = request.getRequestURI();
    long limit =
        uri.startsWith("/api/v1/office-bundle")
                || uri.startsWith("/api/v1/floorplan")
                || uri.startsWith("/api/v1/admin/floorplan")
            ? DOCUMENTS
            : ORDINARY;
    long length = request.getContentLengthLong();
    if (length > limit) {
      Problems.write(
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          "Request too large",
          "the request body has " + length + " bytes; at most " + limit + " are accepted here",
          "body");
      return;
    }
    chain.doFilter(request, response);
  }
}
