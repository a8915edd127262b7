package org.hallqueue.floorplans.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after the command: positional arguments, {@code --flags}, and {@code --options} with a
 * fixed number of values.
 */
final class Arguments {
  private final List<String> positional = new ArrayList<>();
  private final Set<String> flags = new HashSet<>();
  private final Map<String, List<String>> options = new HashMap<>();

  /**
   * @param arity how many values each known option takes; 0 for a flag
   */
  static Arguments parse(List<String> words, Map<String, Integer> arity) throws UsageException {
    Arguments a = new Arguments();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.startsWith("--")) {
        Integer count = arity.get(w);
        if (count == null) {
          throw new UsageException("unknown option " + w);
        }
        if (count == 0) {
          a.flags.add(w);
        } else {
          if (i + count >= words.size()) {
            throw new UsageException(w + " needs " + count + " value" + (count > 1 ? "s" : ""));
          }
          if (a.options.containsKey(w)) {
            throw new UsageException(w + " is given twice");
          }
          a.options.put(w, List.copyOf(words.subList(i + 1, i + 1 + count)));
          i += count;
        }
      } else {
        a.positional.add(w);
      }
    }
    return a;
  }

  List<String> positional() {
    return positional;
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  Optional<List<String>> option(String name) {
    return Optional.ofNullable(options.get(name));
  }
}
