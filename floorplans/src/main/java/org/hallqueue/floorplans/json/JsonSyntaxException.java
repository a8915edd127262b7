package org.hallqueue.floorplans.json;

/**
 * The text is not valid JSON. Carries where it went wrong: line and column (1-based), the JSON
 * pointer of the value being read, and what was expected in plain words in both languages.
 */
public final class JsonSyntaxException extends Exception {
  private final int line;
  private final int column;
  private final String pointer;
  private final String zh;
  private final String en;

  JsonSyntaxException(int line, int column, String pointer, String zh, String en) {
    super("line " + line + ", column " + column + ": " + en);
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.zh = zh;
    this.en = en;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The pointer of the innermost value being read when the error was found. */
  public String pointer() {
    return pointer;
  }

  /** What went wrong, in Chinese, without the position. */
  public String detailZh() {
    return zh;
  }

  /** What went wrong, in English, without the position. */
  public String detailEn() {
    return en;
  }
}
