package org.hallqueue.floorplans.format;

import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.model.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Says in plain words, in both languages, what is wrong where Jackson's parser stopped: Jackson's
 * own messages are for programmers and in English only. The problem points at the value being read
 * when the value itself is wrong, and at the object or list around it when a separator is.
 */
final class SyntaxMessages {
  /** Jackson reads 1e999 as infinity; the reader refuses it with this message. */
  static final String TOO_LARGE = "number too large";

  private SyntaxMessages() {}

  static Problem empty() {
    return syntax(JsonPointer.empty(), 1, 1, "文件是空的，没有任何内容", "the file is empty");
  }

  static Problem moreAfterTheEnd(TokenStreamLocation at) {
    return syntax(
        JsonPointer.empty(),
        at.getLineNr(),
        at.getColumnNr(),
        "文档结束后还有多余的内容",
        "there is more text after the end of the document");
  }

  /**
   * The problem for a parser error at a place in the text, given the pointer of the object or list
   * being read and the pointer of the value being read.
   */
  static Problem of(
      JacksonException e,
      TokenStreamLocation at,
      String text,
      JsonPointer container,
      JsonPointer value) {
    long offset = at.getCharOffset();
    String found =
        offset >= 0 && offset < text.length() ? "'" + text.charAt((int) offset) + "'" : null;
    String foundZh = found == null ? "文件结尾" : found;
    String foundEn = found == null ? "the end of the file" : found;
    String message = e.getOriginalMessage();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (e instanceof UnexpectedEndOfInputException) {
      return syntax(
          container,
          line,
          column,
          "文件在这里意外结束（已到文件结尾）",
          "the file ends too early, at the end of the file");
    }
    if (e instanceof StreamConstraintsException) {
      return syntax(
          container,
          line,
          column,
          "嵌套层数太深或内容太长",
          "the document is nested too deeply or a value is too long");
    }
    if (message.contains("comma to separate Object")) {
      return syntax(
          container,
          line,
          column,
          "这里应该是逗号 , 或右花括号 }，却看到了 " + foundZh,
          "expected ',' or '}' but found " + foundEn);
    }
    if (message.contains("comma to separate Array")) {
      return syntax(
          container,
          line,
          column,
          "这里应该是逗号 , 或右方括号 ]，却看到了 " + foundZh,
          "expected ',' or ']' but found " + foundEn);
    }
    if (message.contains("start property name")) {
      if ("'}'".equals(found)) {
        return syntax(
            container,
            line,
            column,
            "最后一个字段后面不能有逗号",
            "there must be no comma after the last field");
      }
      return syntax(
          container,
          line,
          column,
          "这里应该是加双引号的字段名，却看到了 " + foundZh,
          "expected a field name in double quotes but found " + foundEn);
    }
    if (message.contains("colon to separate")) {
      String name = value.last() == null ? "" : value.last().getMatchingProperty();
      return syntax(
          container,
          line,
          column,
          "字段名“" + name + "”后面应该是冒号 :，却看到了 " + foundZh,
          "expected ':' after the field name \"" + name + "\" but found " + foundEn);
    }
    if (message.contains("CTRL-CHAR")) {
      return syntax(
          value,
          line,
          column,
          "文字中不能直接换行，或缺少结尾的双引号",
          "a text cannot contain a line break; is a closing double quote missing?");
    }
    if (message.contains("character escape")) {
      return syntax(
          value,
          line,
          column,
          "不认识的转义符（反斜杠要写成 \\\\）",
          "unknown escape (write a backslash as \\\\)");
    }
    if (message.equals(TOO_LARGE)) {
      return syntax(value, line, column, "数字太大", "this number is too large");
    }
    if (message.contains("numeric value") || message.contains("digit")) {
      return syntax(value, line, column, "数字写得不对", "this number is not written correctly");
    }
    if ("']'".equals(found)) {
      return syntax(
          container, line, column, "最后一项后面不能有逗号", "there must be no comma after the last item");
    }
    return syntax(
        value,
        line,
        column,
        "这里应该是一个值（文字要加双引号），却看到了 " + foundZh,
        "expected a value here (text needs double quotes) but found " + foundEn);
  }

  private static Problem syntax(JsonPointer pointer, int line, int column, String zh, String en) {
    return new Problem(
        "syntax",
        pointer.toString(),
        LocalizedText.of(
            "第 " + line + " 行第 " + column + " 列：" + zh + "。文件不是有效的 JSON。",
            "Line " + line + ", column " + column + ": " + en + ". The file is not valid JSON."));
  }
}
