package org.hallqueue.floorplans.format;

import java.util.List;
import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.model.LocalizedText;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;

/** The plain-words messages for problems with the shape of a floorplan file. */
final class FormatMessages {
  private FormatMessages() {}

  static Problem wrongType(JsonPointer pointer, String field, Expected expected) {
    return new Problem(
        "wrong-type",
        pointer.toString(),
        LocalizedText.of(
            "“" + field + "”应为" + expected.zh + "。",
            "\"" + field + "\" must be " + expected.en + "."));
  }

  static Problem missing(JsonPointer pointer, String field) {
    return new Problem(
        "missing-field",
        pointer.toString(),
        LocalizedText.of(
            "缺少必填项“" + field + "”。", "The required field \"" + field + "\" is missing."));
  }

  static Problem unknownField(JsonPointer pointer, String field, String suggestion) {
    String zhHint = suggestion == null ? "" : "是否想写“" + suggestion + "”？";
    String enHint = suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?";
    return new Problem(
        "unknown-field",
        pointer.toString(),
        LocalizedText.of(
            "不认识的项“" + field + "”。" + zhHint,
            "Unknown field \"" + field + "\"; it is not part of the floorplan format." + enHint));
  }

  static Problem duplicateField(JsonPointer pointer, String field, TokenStreamLocation at) {
    String zhAt = "第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列：";
    String enAt = "Line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    return new Problem(
        "duplicate-field",
        pointer.toString(),
        LocalizedText.of(
            zhAt + "“" + field + "”写了两次，只能写一次。",
            enAt + "the field \"" + field + "\" is written twice; write it once."));
  }

  static Problem notOneOf(JsonPointer pointer, String field, String value, List<String> allowed) {
    return new Problem(
        "bad-value",
        pointer.toString(),
        LocalizedText.of(
            "“" + field + "”的值“" + value + "”不对，只能是：" + String.join("、", allowed) + "。",
            "\""
                + field
                + "\" cannot be \""
                + value
                + "\"; it must be one of: "
                + String.join(", ", allowed)
                + "."));
  }

  static Problem tooSmall(JsonPointer pointer, String field, String bound, boolean inclusive) {
    return new Problem(
        "out-of-range",
        pointer.toString(),
        LocalizedText.of(
            "“" + field + "”必须" + (inclusive ? "不小于 " : "大于 ") + bound + "。",
            "\""
                + field
                + "\" must be "
                + (inclusive ? "at least " : "greater than ")
                + bound
                + "."));
  }

  static Problem badId(JsonPointer pointer, String id) {
    return new Problem(
        "bad-id",
        pointer.toString(),
        LocalizedText.of(
            "编号“" + id + "”不合规：只能用小写英文字母、数字和连字符（-），并以字母开头，例如 counter-3。",
            "The id \""
                + id
                + "\" is not allowed: use lower-case letters, digits and hyphens, starting with a"
                + " letter, for example counter-3."));
  }

  static Problem missingTranslation(JsonPointer pointer, String field, String lang) {
    boolean zh = lang.equals("zh-CN");
    return new Problem(
        "missing-translation",
        pointer.toString(),
        LocalizedText.of(
            "“" + field + "”缺少" + (zh ? "中文（zh-CN）" : "英文（en）") + "文字。",
            "\"" + field + "\" has no " + (zh ? "Chinese (zh-CN)" : "English (en)") + " text."));
  }

  static Problem tooFewPoints(JsonPointer pointer, String field, int minimum) {
    return new Problem(
        "too-few-points",
        pointer.toString(),
        LocalizedText.of(
            "“" + field + "”至少需要 " + minimum + " 个点。",
            "\"" + field + "\" needs at least " + minimum + " points."));
  }

  static Problem unsupportedVersion(JsonPointer pointer, String found) {
    return new Problem(
        "unsupported-version",
        pointer.toString(),
        LocalizedText.of(
            "不支持格式版本 " + found + "，本程序读取版本 1。",
            "Format version " + found + " is not supported; this program reads version 1."));
  }

  /** What a value should have been, in words. */
  enum Expected {
    OBJECT("一组用花括号 {} 括起来的项", "an object in curly braces {}"),
    LIST("一个用方括号 [] 括起来的列表", "a list in square brackets []"),
    TEXT("加双引号的文字", "a text in double quotes"),
    NUMBER("一个数字", "a number"),
    WHOLE_NUMBER("一个整数", "a whole number"),
    BOOLEAN("true 或 false", "true or false"),
    POINT("一个点 [x, y]（以米为单位的两个数字）", "a point [x, y] (two numbers, in metres)"),
    TEXTS(
        "中英文名称，如 {\"zh-CN\": \"…\", \"en\": \"…\"}",
        "a name in both languages, like {\"zh-CN\": \"…\", \"en\": \"…\"}");

    final String zh;
    final String en;

    Expected(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }
}
