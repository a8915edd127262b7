package org.hallqueue.server.persistence;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused database as its one sentence, without a stack trace. */
class DatabaseRefusalAnalyzer extends AbstractFailureAnalyzer<DatabaseRefusedException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DatabaseRefusedException cause) {
    return new FailureAnalysis(
        cause.getMessage(), "Fix the above, then start the server again.", cause);
  }
}
