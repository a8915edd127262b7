package org.hallqueue.floorplans.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259) that reports the line, column and JSON pointer of the first
 * syntax error, and remembers duplicate object keys instead of silently dropping them.
 */
public final class JsonParser {
  private static final int MAX_DEPTH = 200;
  // describe() cannot know the language; error() replaces this mark with words.
  private static final String END_MARK = "\u0000end";

  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsonParser(String text) {
    this.text = text;
  }

  /** Parses one JSON document; anything but whitespace after it is an error. */
  public static JsonValue parse(String text) throws JsonSyntaxException {
    JsonParser parser = new JsonParser(text);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      parser.pos = 1; // a byte-order mark some Windows editors write
      parser.lineStart = 1;
    }
    parser.skipWhitespace();
    if (parser.atEnd()) {
      throw parser.error("", "文件是空的，没有任何内容", "the file is empty");
    }
    JsonValue value = parser.value("", 0);
    parser.skipWhitespace();
    if (!parser.atEnd()) {
      throw parser.error("", "文档结束后还有多余的内容", "there is more text after the end of the document");
    }
    return value;
  }

  private JsonValue value(String pointer, int depth) throws JsonSyntaxException {
    if (depth > MAX_DEPTH) {
      throw error(pointer, "嵌套层数太深", "the document is nested too deeply");
    }
    int l = line;
    int c = column();
    char ch = text.charAt(pos);
    switch (ch) {
      case '{':
        return object(pointer, depth, l, c);
      case '[':
        return array(pointer, depth, l, c);
      case '"':
        return new JsonValue.JsonString(string(pointer), l, c);
      case 't':
        literal(pointer, "true");
        return new JsonValue.JsonBoolean(true, l, c);
      case 'f':
        literal(pointer, "false");
        return new JsonValue.JsonBoolean(false, l, c);
      case 'n':
        literal(pointer, "null");
        return new JsonValue.JsonNull(l, c);
      default:
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
          return new JsonValue.JsonNumber(number(pointer), l, c);
        }
        throw error(
            pointer,
            "这里应该是一个值（文字要加双引号），却看到了 " + describe(ch),
            "expected a value here (text needs double quotes) but found " + describe(ch));
    }
  }

  private JsonValue.JsonObject object(String pointer, int depth, int l, int c)
      throws JsonSyntaxException {
    pos++; // '{'
    Map<String, JsonValue> members = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return new JsonValue.JsonObject(members, duplicates, l, c);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error(
            pointer,
            "这里应该是加双引号的字段名，却看到了 " + describe(peek()),
            "expected a field name in double quotes but found " + describe(peek()));
      }
      String key = string(pointer);
      skipWhitespace();
      if (peek() != ':') {
        throw error(
            pointer,
            "字段名“" + key + "”后面应该是冒号 :，却看到了 " + describe(peek()),
            "expected ':' after the field name \"" + key + "\" but found " + describe(peek()));
      }
      pos++;
      skipWhitespace();
      String childPointer = JsonPointer.child(pointer, key);
      if (atEnd()) {
        throw error(childPointer, "文件在这里意外结束", "the file ends too early");
      }
      JsonValue member = value(childPointer, depth + 1);
      if (members.containsKey(key)) {
        duplicates.add(key);
      } else {
        members.put(key, member);
      }
      skipWhitespace();
      char next = peek();
      if (next == ',') {
        pos++;
        skipWhitespace();
        if (peek() == '}') {
          throw error(pointer, "最后一个字段后面不能有逗号", "there must be no comma after the last field");
        }
      } else if (next == '}') {
        pos++;
        return new JsonValue.JsonObject(members, duplicates, l, c);
      } else {
        throw error(
            pointer,
            "这里应该是逗号 , 或右花括号 }，却看到了 " + describe(next),
            "expected ',' or '}' but found " + describe(next));
      }
    }
  }

  private JsonValue.JsonArray array(String pointer, int depth, int l, int c)
      throws JsonSyntaxException {
    pos++; // '['
    List<JsonValue> items = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return new JsonValue.JsonArray(items, l, c);
    }
    while (true) {
      skipWhitespace();
      String childPointer = JsonPointer.child(pointer, items.size());
      if (atEnd()) {
        throw error(childPointer, "文件在这里意外结束", "the file ends too early");
      }
      items.add(value(childPointer, depth + 1));
      skipWhitespace();
      char next = peek();
      if (next == ',') {
        pos++;
        skipWhitespace();
        if (peek() == ']') {
          throw error(pointer, "最后一项后面不能有逗号", "there must be no comma after the last item");
        }
      } else if (next == ']') {
        pos++;
        return new JsonValue.JsonArray(items, l, c);
      } else {
        throw error(
            pointer,
            "这里应该是逗号 , 或右方括号 ]，却看到了 " + describe(next),
            "expected ',' or ']' but found " + describe(next));
      }
    }
  }

  private String string(String pointer) throws JsonSyntaxException {
    pos++; // opening quote
    StringBuilder out = new StringBuilder();
    while (true) {
      if (atEnd()) {
        throw error(pointer, "文字缺少结尾的双引号", "a text is missing its closing double quote");
      }
      char ch = text.charAt(pos);
      if (ch == '"') {
        pos++;
        return out.toString();
      }
      if (ch == '\n' || ch < 0x20) {
        throw error(
            pointer,
            "文字中不能直接换行，或缺少结尾的双引号",
            "a text cannot contain a line break; is a closing double quote missing?");
      }
      if (ch == '\\') {
        pos++;
        if (atEnd()) {
          throw error(pointer, "文字缺少结尾的双引号", "a text is missing its closing double quote");
        }
        char esc = text.charAt(pos);
        switch (esc) {
          case '"', '\\', '/' -> out.append(esc);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (pos + 4 >= text.length()) {
              throw error(pointer, "\\u 后面应有四位十六进制数字", "\\u must be followed by four hex digits");
            }
            int code = 0;
            for (int i = 1; i <= 4; i++) {
              int digit = Character.digit(text.charAt(pos + i), 16);
              if (digit < 0) {
                pos += i;
                throw error(pointer, "\\u 后面应有四位十六进制数字", "\\u must be followed by four hex digits");
              }
              code = code * 16 + digit;
            }
            out.append((char) code);
            pos += 4;
          }
          default ->
              throw error(
                  pointer,
                  "不认识的转义符 \\" + esc + "（反斜杠要写成 \\\\）",
                  "unknown escape \\" + esc + " (write a backslash as \\\\)");
        }
        pos++;
      } else {
        out.append(ch);
        pos++;
      }
    }
  }

  private String number(String pointer) throws JsonSyntaxException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error(pointer, "数字写得不对", "this number is not written correctly");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error(pointer, "小数点后面应有数字", "a decimal point must be followed by digits");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error(pointer, "数字的指数部分写得不对", "the exponent of this number is not written correctly");
      }
      digits();
    }
    if (isDigit(peek()) || Character.isLetter(peek())) {
      throw error(pointer, "数字写得不对（不能以 0 开头，也不能带字母）", "this number is not written correctly");
    }
    String result = text.substring(start, pos);
    if (!Double.isFinite(Double.parseDouble(result))) {
      throw error(pointer, "数字太大", "this number is too large");
    }
    return result;
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  private void literal(String pointer, String word) throws JsonSyntaxException {
    if (!text.startsWith(word, pos)) {
      throw error(
          pointer,
          "这里应该是一个值（文字要加双引号），却看到了 " + describe(peek()),
          "expected a value here (text needs double quotes) but found " + describe(peek()));
    }
    pos += word.length();
  }

  private void skipWhitespace() {
    while (!atEnd()) {
      char ch = text.charAt(pos);
      if (ch == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (ch != ' ' && ch != '\t' && ch != '\r') {
        return;
      }
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private static String describe(char ch) {
    if (ch == '\0') {
      return END_MARK;
    }
    return "'" + ch + "'";
  }

  private JsonSyntaxException error(String pointer, String zh, String en) {
    String zhText = zh.replace(END_MARK, "文件结尾");
    String enText = en.replace(END_MARK, "the end of the file");
    return new JsonSyntaxException(line, column(), pointer, zhText, enText);
  }
}
