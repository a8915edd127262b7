package org.hallqueue.floorplans.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.format.FormatMessages.Expected;
import org.hallqueue.floorplans.geometry.Point;
import org.hallqueue.floorplans.json.JsonPointer;
import org.hallqueue.floorplans.json.JsonValue;
import org.hallqueue.floorplans.model.LocalizedText;

/**
 * Reads the fields of one JSON object, noting every problem and carrying on with a harmless
 * default, so a single pass finds every mistake in a file.
 */
final class ObjectFields {
  static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final JsonValue.JsonObject object;
  private final String pointer;
  private final List<Problem> problems;

  private ObjectFields(JsonValue.JsonObject object, String pointer, List<Problem> problems) {
    this.object = object;
    this.pointer = pointer;
    this.problems = problems;
  }

  /**
   * The fields of {@code value}, which must be an object whose keys are all in {@code allowed}.
   * When it is not an object the problem is noted and an empty object is read instead.
   */
  static ObjectFields of(
      JsonValue value, String pointer, String field, Set<String> allowed, List<Problem> problems) {
    if (!(value instanceof JsonValue.JsonObject object)) {
      problems.add(FormatMessages.wrongType(pointer, field, Expected.OBJECT));
      // the wrong type is reported once; what the missing fields would add is noise
      return new ObjectFields(
          new JsonValue.JsonObject(java.util.Map.of()), pointer, new ArrayList<>());
    }
    for (String key : object.duplicateKeys()) {
      problems.add(FormatMessages.duplicateField(JsonPointer.child(pointer, key), key));
    }
    for (String key : object.members().keySet()) {
      if (!allowed.contains(key)) {
        problems.add(
            FormatMessages.unknownField(
                JsonPointer.child(pointer, key), key, closest(key, allowed).orElse(null)));
      }
    }
    return new ObjectFields(object, pointer, problems);
  }

  String pointer() {
    return pointer;
  }

  boolean has(String key) {
    return object.members().containsKey(key);
  }

  String at(String key) {
    return JsonPointer.child(pointer, key);
  }

  private Optional<JsonValue> required(String key) {
    JsonValue value = object.members().get(key);
    if (value == null) {
      problems.add(FormatMessages.missing(at(key), key));
    }
    return Optional.ofNullable(value);
  }

  String requiredText(String key) {
    return required(key).map(v -> text(v, key, at(key))).orElse("");
  }

  private String text(JsonValue value, String key, String where) {
    if (value instanceof JsonValue.JsonString s) {
      return s.value();
    }
    problems.add(FormatMessages.wrongType(where, key, Expected.TEXT));
    return "";
  }

  String requiredId(String key) {
    String id = requiredText(key);
    if (has(key) && object.members().get(key) instanceof JsonValue.JsonString) {
      checkId(id, at(key));
    }
    return id;
  }

  private void checkId(String id, String where) {
    if (!ID.matcher(id).matches()) {
      problems.add(FormatMessages.badId(where, id));
    }
  }

  int requiredInt(String key, int minimum) {
    return required(key).map(v -> wholeNumber(v, key, at(key), minimum)).orElse(minimum);
  }

  private int wholeNumber(JsonValue value, String key, String where, int minimum) {
    if (value instanceof JsonValue.JsonNumber n && n.isInt()) {
      int i = (int) n.doubleValue();
      if (i < minimum) {
        problems.add(FormatMessages.tooSmall(where, key, Integer.toString(minimum), true));
        return minimum;
      }
      return i;
    }
    problems.add(FormatMessages.wrongType(where, key, Expected.WHOLE_NUMBER));
    return minimum;
  }

  /** A number greater than {@code exclusiveMinimum}; {@code fallback} if it is not. */
  double requiredPositive(String key, double fallback) {
    return required(key)
        .map(
            v -> {
              if (!(v instanceof JsonValue.JsonNumber n)) {
                problems.add(FormatMessages.wrongType(at(key), key, Expected.NUMBER));
                return fallback;
              }
              if (n.doubleValue() <= 0) {
                problems.add(FormatMessages.tooSmall(at(key), key, "0", false));
                return fallback;
              }
              return n.doubleValue();
            })
        .orElse(fallback);
  }

  boolean optionalBoolean(String key, boolean fallback) {
    JsonValue value = object.members().get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof JsonValue.JsonBoolean b) {
      return b.value();
    }
    problems.add(FormatMessages.wrongType(at(key), key, Expected.BOOLEAN));
    return fallback;
  }

  boolean requiredBoolean(String key) {
    return required(key)
        .map(
            v -> {
              if (v instanceof JsonValue.JsonBoolean b) {
                return b.value();
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
    return Optional.ofNullable(object.members().get(key)).map(v -> texts(v, key));
  }

  private LocalizedText texts(JsonValue value, String key) {
    String where = at(key);
    if (!(value instanceof JsonValue.JsonObject o)) {
      problems.add(FormatMessages.wrongType(where, key, Expected.TEXTS));
      return LocalizedText.of("", "");
    }
    ObjectFields fields = of(o, where, key, Set.of("zh-CN", "en"), problems);
    String zh = fields.languageText("zh-CN", key);
    String en = fields.languageText("en", key);
    return LocalizedText.of(zh, en);
  }

  private String languageText(String lang, String field) {
    JsonValue value = object.members().get(lang);
    if (value == null) {
      problems.add(FormatMessages.missingTranslation(pointer, field, lang));
      return "";
    }
    String s = text(value, lang, at(lang));
    if (value instanceof JsonValue.JsonString && s.isBlank()) {
      problems.add(FormatMessages.missingTranslation(at(lang), field, lang));
    }
    return s;
  }

  Point requiredPoint(String key) {
    return required(key).map(v -> point(v, key, at(key))).orElse(new Point(0, 0));
  }

  private Point point(JsonValue value, String key, String where) {
    if (value instanceof JsonValue.JsonArray a
        && a.items().size() == 2
        && a.items().get(0) instanceof JsonValue.JsonNumber x
        && a.items().get(1) instanceof JsonValue.JsonNumber y) {
      return new Point(x.doubleValue(), y.doubleValue());
    }
    problems.add(FormatMessages.wrongType(where, key, Expected.POINT));
    return new Point(0, 0);
  }

  List<Point> requiredPoints(String key, int minimum) {
    Optional<JsonValue> value = required(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof JsonValue.JsonArray array)) {
      problems.add(FormatMessages.wrongType(at(key), key, Expected.LIST));
      return List.of();
    }
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < array.items().size(); i++) {
      points.add(point(array.items().get(i), key, JsonPointer.child(at(key), i)));
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
          String id = text(item, key, where);
          if (item instanceof JsonValue.JsonString) {
            checkId(id, where);
          }
          return id;
        });
  }

  <E extends Enum<E>> Optional<E> optionalChoice(String key, Class<E> type) {
    return Optional.ofNullable(object.members().get(key)).flatMap(v -> choice(v, key, type));
  }

  <E extends Enum<E>> E requiredChoice(String key, Class<E> type, E fallback) {
    return required(key).flatMap(v -> choice(v, key, type)).orElse(fallback);
  }

  private <E extends Enum<E>> Optional<E> choice(JsonValue value, String key, Class<E> type) {
    List<String> allowed =
        Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    String text = text(value, key, at(key));
    if (!(value instanceof JsonValue.JsonString)) {
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
  <T> List<T> list(String key, boolean required, BiFunction<JsonValue, String, T> reader) {
    JsonValue value = object.members().get(key);
    if (value == null) {
      if (required) {
        problems.add(FormatMessages.missing(at(key), key));
      }
      return List.of();
    }
    if (!(value instanceof JsonValue.JsonArray array)) {
      problems.add(FormatMessages.wrongType(at(key), key, Expected.LIST));
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < array.items().size(); i++) {
      items.add(reader.apply(array.items().get(i), JsonPointer.child(at(key), i)));
    }
    return items;
  }

  JsonValue raw(String key) {
    return object.members().get(key);
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
