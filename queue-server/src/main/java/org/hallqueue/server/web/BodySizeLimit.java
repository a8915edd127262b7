package org.hallqueue.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies with 413: at once when the declared length is too large, and
 * while reading when a body without a declared length (chunked) grows past the limit, so that no
 * more than the limit is ever read. Office bundles and floorplans (also drafts sent for a route
 * preview) may be larger than ordinary requests.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {
  static final long ORDINARY = 64 * 1024;
  static final long DOCUMENTS = 8 * 1024 * 1024;

  /** Thrown by the body's stream once the body has grown past the limit. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("the request body is larger than " + limit + " bytes");
    }
  }

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
      tooLarge(response, limit);
      return;
    }
    try {
      chain.doFilter(new Limited(request, limit), response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!causedByTooLarge(e)) {
        throw e;
      }
      if (!response.isCommitted()) {
        response.reset();
        tooLarge(response, limit);
      }
    }
  }

  static boolean causedByTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  static void tooLarge(HttpServletResponse response, long limit) throws IOException {
    response.setHeader("Connection", "close");
    Problems.write(
        response,
        HttpStatus.CONTENT_TOO_LARGE,
        "Request too large",
        "the request body is larger than the " + limit + " bytes accepted here",
        "body");
  }

  /** The request with a body stream that counts what is read and stops past the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
