package org.hallqueue.floorplans.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.floorplans.Floorplans;
import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.ReadResult;
import org.hallqueue.floorplans.drawing.FloorDrawing;
import org.hallqueue.floorplans.drawing.FloorDrawings;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.Route;
import org.hallqueue.floorplans.routing.RoutePlanner;
import org.hallqueue.floorplans.svg.SvgWriter;

/**
 * The command-line tool: {@code validate}, {@code route} and {@code render} a floorplan file. Exit
 * codes: 0 done, 1 the floorplan has problems or there is no route, 2 wrong arguments.
 */
public final class FloorplansCli {
  static final String USAGE =
      "usage: java -jar floorplans.jar validate FILE [--lang zh-CN|en]"
          + " | route FILE FROM TO [--accessible]"
          + " | render FILE --svg OUT.svg [--floor N] [--route FROM TO] [--accessible]"
          + " [--here ID] [--lang zh-CN|en]";

  private final PrintStream out;
  private final PrintStream err;

  FloorplansCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new FloorplansCli(out, err).run(args));
  }

  /** Runs one command and returns the exit code. */
  int run(String... args) {
    try {
      if (args.length == 0) {
        throw new UsageException("no command given");
      }
      List<String> rest = Arrays.asList(args).subList(1, args.length);
      return switch (args[0]) {
        case "validate" -> validate(rest);
        case "route" -> route(rest);
        case "render" -> render(rest);
        case "-h", "--help", "help" -> {
          out.println(USAGE);
          yield 0;
        }
        default -> throw new UsageException("unknown command " + args[0]);
      };
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (Failure e) {
      return 1;
    }
  }

  private int validate(List<String> words) throws UsageException, Failure {
    Arguments a = Arguments.parse(words, Map.of("--lang", 1));
    expectPositional(a, 1, "validate needs exactly one FILE");
    Lang lang = lang(a);
    Office office = load(a.positional().get(0), lang);
    out.println(Summary.of(office, lang));
    return 0;
  }

  private int route(List<String> words) throws UsageException, Failure {
    Arguments a = Arguments.parse(words, Map.of("--accessible", 0, "--lang", 1));
    expectPositional(a, 3, "route needs FILE FROM TO");
    Lang lang = lang(a);
    Office office = load(a.positional().get(0), lang);
    String from = a.positional().get(1);
    String to = a.positional().get(2);
    boolean accessible = a.flag("--accessible");
    Route route = findRoute(office, from, to, accessible, lang);
    out.print(RouteJson.write(route));
    return 0;
  }

  private int render(List<String> words) throws UsageException, Failure {
    Arguments a =
        Arguments.parse(
            words,
            Map.of(
                "--svg",
                1,
                "--floor",
                1,
                "--route",
                2,
                "--accessible",
                0,
                "--lang",
                1,
                "--here",
                1));
    expectPositional(a, 1, "render needs exactly one FILE");
    String svg =
        a.option("--svg")
            .orElseThrow(() -> new UsageException("render needs --svg OUT.svg"))
            .get(0);
    Lang lang = lang(a);
    Office office = load(a.positional().get(0), lang);
    Optional<Route> route = Optional.empty();
    Optional<String> here = a.option("--here").map(v -> v.get(0));
    if (a.option("--route").isPresent()) {
      List<String> ends = a.option("--route").get();
      route =
          Optional.of(findRoute(office, ends.get(0), ends.get(1), a.flag("--accessible"), lang));
      if (here.isEmpty()) {
        here = Optional.of(ends.get(0));
      }
    } else if (a.flag("--accessible")) {
      throw new UsageException("--accessible needs --route FROM TO");
    }
    if (here.isPresent() && office.find(here.get()).isEmpty()) {
      throw new UsageException("no element has the id " + here.get());
    }
    int level = floor(a, office, route);
    FloorDrawing drawing = FloorDrawings.of(office, level, lang, route, here);
    try {
      Files.writeString(Path.of(svg), SvgWriter.write(drawing), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("cannot write " + svg + ": " + e.getMessage());
      throw new Failure();
    }
    out.println("wrote " + svg + " (floor " + level + ")");
    return 0;
  }

  private static int floor(Arguments a, Office office, Optional<Route> route)
      throws UsageException {
    if (a.option("--floor").isPresent()) {
      String value = a.option("--floor").get().get(0);
      int level;
      try {
        level = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new UsageException("--floor needs a floor number, not " + value);
      }
      if (office.floor(level).isEmpty()) {
        throw new UsageException("the floorplan has no floor " + level);
      }
      return level;
    }
    return route.map(r -> r.path().get(0).floor()).orElse(office.floors().get(0).level());
  }

  private Route findRoute(Office office, String from, String to, boolean accessible, Lang lang)
      throws UsageException, Failure {
    for (String id : List.of(from, to)) {
      if (office.find(id).isEmpty()) {
        throw new UsageException("no element has the id " + id);
      }
    }
    Optional<Route> route = RoutePlanner.of(office).route(from, to, accessible);
    if (route.isEmpty()) {
      err.println(
          lang == Lang.ZH_CN
              ? "从 " + from + " 到 " + to + " 没有" + (accessible ? "无障碍" : "") + "路线"
              : "no " + (accessible ? "step-free " : "") + "route from " + from + " to " + to);
      throw new Failure();
    }
    return route.get();
  }

  private Office load(String file, Lang lang) throws UsageException, Failure {
    String json;
    try {
      json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
    ReadResult result = Floorplans.read(json);
    if (!result.isValid()) {
      for (Problem p : result.problems()) {
        out.println(p.describe(lang));
      }
      throw new Failure();
    }
    return result.orElseThrow();
  }

  private static void expectPositional(Arguments a, int count, String message)
      throws UsageException {
    if (a.positional().size() != count) {
      throw new UsageException(message);
    }
  }

  /** The --lang value, or the language of the environment (zh → zh-CN, otherwise en). */
  private static Lang lang(Arguments a) throws UsageException {
    if (a.option("--lang").isPresent()) {
      String tag = a.option("--lang").get().get(0);
      return Lang.fromTag(tag)
          .orElseThrow(() -> new UsageException("--lang must be zh-CN or en, not " + tag));
    }
    String env = Optional.ofNullable(System.getenv("LANG")).orElse("");
    return env.toLowerCase(Locale.ROOT).startsWith("zh") ? Lang.ZH_CN : Lang.EN;
  }

  /** The command failed in a way already reported; exit with 1. */
  private static final class Failure extends Exception {}
}
