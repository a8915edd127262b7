package org.hallqueue.floorplans.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.format.FormatMessages.Expected;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.model.LocalizedText;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the fields of one JSON object, noting every problem and carrying on with a harmless
 * default, so a single pass finds every mistake in a file.
 */
final class ObjectFields {
  static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final ObjectNode object;
  private final JsonPointer pointer;
  private final List<Problem> problems;

  private ObjectFields(ObjectNode object, JsonPointer pointer, List<Problem> problems) {
    this.object = object;
    this.pointer = pointer;
    this.problems = problems;
  }

  /**
   * The fields of {@code value}, which must be an object whose keys are all in {@code allowed}.
   * When it is not an object the problem is noted and an empty object is read instead.
   */
  static ObjectFields of(
      JsonNode value,
      JsonPointer pointer,
      String field,
      Set<String> allowed,
      List<Problem> problems) {
    if (!(value instanceof ObjectNode object)) {
      problems.add(FormatMessages.wrongType(pointer, field, Expected.OBJECT));
      // the wrong type is reported once; what the missing fields would add is noise
      return new ObjectFields(JsonNodeFactory.instance.objectNode(), pointer, new ArrayList<>());
    }
    for (String key : object.propertyNames()) {
      if (!allowed.contains(key)) {
        problems.add(
            FormatMessages.unknownField(
                pointer.appendProperty(key), key, closest(key, allowed).orElse(null)));
      }
    }
    return new ObjectFields(object, pointer, problems);
  }

  JsonPointer pointer() {
    return pointer;
  }

  boolean has(String key) {
    return object.has(key);
  }

  JsonPointer at(String key) {
    return pointer.appendProperty(key);
  }

  private Optional<JsonNode> required(String key) {
    JsonNode value = object.get(key);
    if (value == null) {
      problems.add(FormatMessages.missing(at(key), key));
    }
    return Optional.ofNullable(value);
  }

  String requiredText(String key) {
    return required(key).map(v -> text(v, key, () -> at(key))).orElse("");
  }

  private String text(JsonNode value, String key, Supplier<JsonPointer> where) {
    if (value.isString()) {
      return value.stringValue();
    }
    problems.add(FormatMessages.wrongType(where.get(), key, Expected.TEXT));
    return "";
  }

  String requiredId(String key) {
    String id = requiredText(key);
    if (has(key) && object.get(key).isString()) {
      checkId(id, () -> at(key));
    }
    return id;
  }

  private void checkId(String id, Supplier<JsonPointer> where) {
    if (!ID.matcher(id).matches()) {
      problems.add(FormatMessages.badId(where.get(), id));
    }
  }

  int requiredInt(String key, int minimum) {
    return required(key).map(v -> wholeNumber(v, key, () -> at(key), minimum)).orElse(minimum);
  }

  private int wholeNumber(JsonNode value, String key, Supplier<JsonPointer> where, int minimum) {
    if (value.isNumber() && isInt(value.doubleValue())) {
      int i = (int) value.doubleValue();
      if (i < minimum) {
        problems.add(FormatMessages.tooSmall(where.get(), key, Integer.toString(minimum), true));
        return minimum;
      }
      return i;
    }
    problems.add(FormatMessages.wrongType(where.get(), key, Expected.WHOLE_NUMBER));
    return minimum;
  }

  /** Whether the number is a whole number that fits an {@code int} (2.0 is one). */
  private static boolean isInt(double d) {
    return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE;
  }

  /** A number greater than {@code exclusiveMinimum}; {@code fallback} if it is not. */
  double requiredPositive(String key, double fallback) {
    return required(key)
        .map(
            v -> {
              if (!v.isNumber()) {
                problems.add(FormatMessages.wrongType(at(key), key, Expected.NUMBER));
                return fallback;
              }
              if (v.doubleValue() <= 0) {
                problems.add(FormatMessages.tooSmall(at(key), key, "0", false));
                return fallback;
              }
              return v.doubleValue();
            })
        .orElse(fallback);
  }

  boolean optionalBoolean(String key, boolean fallback) {
    JsonNode value = object.get(key);
    if (value == null) {
      return fallback;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    problems.add(FormatMessages.wrongType(at(key), key, Expected.BOOLEAN));
    return fallback;
  }

  boolean requiredBoolean(String key) {
    return required(key)
        .map(
            v -> {
              if (v.isBoolean()) {
                return v.booleanValue();
              }
              problems.add(FormatMessages.wrongType(at(key), key, Expected.BOOLEAN));
              return false;
            })
        .orElse(false);
  }

  LocalizedText requiredTexts(String key) {
    return required(key).map(v -> texts(v, key)).orElse(LocalizedText.of("", ""));
  }

  Optional<LocalizedText> optionalTexts(String key) {
    return Optional.ofNullable(object.get(key)).map(v -> texts(v, key));
  }

  private LocalizedText texts(JsonNode value, String key) {
    JsonPointer where = at(key);
    if (!(value instanceof ObjectNode o)) {
      problems.add(FormatMessages.wrongType(where, key, Expected.TEXTS));
      return LocalizedText.of("", "");
    }
    ObjectFields fields = of(o, where, key, Set.of("zh-CN", "en"), problems);
    String zh = fields.languageText("zh-CN", key);
    String en = fields.languageText("en", key);
    return LocalizedText.of(zh, en);
  }

  private String languageText(String lang, String field) {
    JsonNode value = object.get(lang);
    if (value == null) {
      problems.add(FormatMessages.missingTranslation(pointer, field, lang));
      return "";
    }
    String s = text(value, lang, () -> at(lang));
    if (value.isString() && s.isBlank()) {
      problems.add(FormatMessages.missingTranslation(at(lang), field, lang));
    }
    return s;
  }

  Point requiredPoint(String key) {
    return required(key).map(v -> point(v, key, () -> at(key))).orElse(new Point(0, 0));
  }

  private Point point(JsonNode value, String key, Supplier<JsonPointer> where) {
    if (value.isArray()
        && value.size() == 2
        && value.get(0).isNumber()
        && value.get(1).isNumber()) {
      return new Point(value.get(0).doubleValue(), value.get(1).doubleValue());
    }
    problems.add(FormatMessages.wrongType(where.get(), key, Expected.POINT));
    return new Point(0, 0);
  }

  List<Point> requiredPoints(String key, int minimum) {
    Optional<JsonNode> value = required(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      problems.add(FormatMessages.wrongType(at(key), key, Expected.LIST));
      return List.of();
    }
    JsonNode array = value.get();
    List<Point> points = new ArrayList<>();
    JsonPointer list = at(key);
    for (int i = 0; i < array.size(); i++) {
      int index = i;
      points.add(point(array.get(i), key, () -> list.appendIndex(index)));
    }
    if (points.size() < minimum) {
      problems.add(FormatMessages.tooFewPoints(at(key), key, minimum));
    }
    return points;
  }

  List<String> idList(String key) {
    return list(
        key,
        true,
        (item, where) -> {
          String id = text(item, key, () -> where);
          if (item.isString()) {
            checkId(id, () -> where);
          }
          return id;
        });
  }

  <E extends Enum<E>> Optional<E> optionalChoice(String key, Class<E> type) {
    return Optional.ofNullable(object.get(key)).flatMap(v -> choice(v, key, type));
  }

  <E extends Enum<E>> E requiredChoice(String key, Class<E> type, E fallback) {
    return required(key).flatMap(v -> choice(v, key, type)).orElse(fallback);
  }

  private <E extends Enum<E>> Optional<E> choice(JsonNode value, String key, Class<E> type) {
    List<String> allowed =
        Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    String text = text(value, key, () -> at(key));
    if (!value.isString()) {
      return Optional.empty();
    }
    int index = allowed.indexOf(text);
    if (index < 0) {
      problems.add(FormatMessages.notOneOf(at(key), key, text, allowed));
      return Optional.empty();
    }
    return Optional.of(type.getEnumConstants()[index]);
  }

  /** The items of a list, each read by {@code reader} with its own pointer. */
  <T> List<T> list(String key, boolean required, BiFunction<JsonNode, JsonPointer, T> reader) {
    JsonNode value = object.get(key);
    if (value == null) {
      if (required) {
        problems.add(FormatMessages.missing(at(key), key));
      }
      return List.of();
    }
    if (!value.isArray()) {
      problems.add(FormatMessages.wrongType(at(key), key, Expected.LIST));
      return List.of();
    }
    List<T> items = new ArrayList<>();
    JsonPointer list = at(key);
    for (int i = 0; i < value.size(); i++) {
      items.add(reader.apply(value.get(i), list.appendIndex(i)));
    }
    return items;
  }

  /** The allowed key nearest in spelling to a mistyped one, when it is close enough. */
  static Optional<String> closest(String key, Set<String> allowed) {
    return allowed.stream()
        .filter(a -> editDistance(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT)) <= 2)
        .min(Comparator.comparingInt((String a) -> editDistance(key, a)).thenComparing(a -> a));
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
