package org.hallqueue.server.web;

import java.util.List;

/** The request is malformed: answered 400 with every problem listed. */
public class InvalidInputException extends RuntimeException {
  private final List<FieldProblem> problems;
  private final int notListed;

  public InvalidInputException(List<FieldProblem> problems) {
    this(problems, 0);
  }

  /** The problems to list and how many more were found but are not listed. */
  public InvalidInputException(List<FieldProblem> problems, int notListed) {
    super(
        problems.isEmpty()
            ? "invalid input"
            : problems.get(0).field() + ": " + problems.get(0).message());
    this.problems = List.copyOf(problems);
    this.notListed = notListed;
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public int notListed() {
    return notListed;
  }
}
