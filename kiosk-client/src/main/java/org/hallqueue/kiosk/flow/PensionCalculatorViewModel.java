package org.hallqueue.kiosk.flow;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hallqueue.kiosk.server.Catalog;
import org.hallqueue.kiosk.server.LearningClient;
import org.hallqueue.kiosk.server.ServerException;

/**
 * The contribution and pension calculator on the guidance result of the services the office names
 * (flexible workers' enrolment, pension claims): steppers for the base, the years, the retirement
 * age and year; the server works out the estimate and its formula.
 */
public final class PensionCalculatorViewModel {
  /** What the visitor sets, each with its range and step. */
  public enum Setting {
    BASE_PERCENT(10),
    YEARS(1),
    RETIREMENT_AGE(1),
    RETIREMENT_YEAR(1);

    final int step;

    Setting(int step) {
      this.step = step;
    }
  }

  private final LearningClient client;
  private final AccessibilityViewModel words;
  private final Executor ui;
  private final ScheduledExecutorService background;
  private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<LearningClient.Estimate> estimate =
      new ReadOnlyObjectWrapper<>();
  private final java.util.Map<Setting, ReadOnlyIntegerWrapper> values =
      new java.util.EnumMap<>(Setting.class);
  private final int thisYear;
  private LearningClient.Figures figures;
  private long asked;
  private final ReadOnlyObjectProperty<Screen> screen;

  public PensionCalculatorViewModel(
      LearningClient client,
      AccessibilityViewModel words,
      ReadOnlyObjectProperty<Screen> screen,
      ReadOnlyObjectProperty<Catalog.Service> service,
      Executor ui,
      ScheduledExecutorService background,
      Clock clock,
      ZoneId zone) {
    this.client = client;
    this.words = words;
    this.screen = screen; // figures answering after the visitor left the result offer nothing
    this.ui = ui;
    this.background = background;
    this.thisYear = clock.instant().atZone(zone).getYear();
    values.put(Setting.BASE_PERCENT, new ReadOnlyIntegerWrapper(60));
    values.put(Setting.YEARS, new ReadOnlyIntegerWrapper(15));
    values.put(Setting.RETIREMENT_AGE, new ReadOnlyIntegerWrapper(60));
    values.put(Setting.RETIREMENT_YEAR, new ReadOnlyIntegerWrapper(thisYear));
    Runnable follow =
        () -> {
          Catalog.Service s = service.get();
          boolean result = screen.get() == Screen.RESULT && s != null;
          if (!result) {
            open.set(false);
            offered.set(false);
          } else {
            offerFor(s.code());
          }
        };
    screen.addListener(o -> follow.run());
    service.addListener(o -> follow.run());
  }

  public ReadOnlyBooleanProperty offeredProperty() {
    return offered.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty openProperty() {
    return open.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<LearningClient.Estimate> estimateProperty() {
    return estimate.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty valueProperty(Setting setting) {
    return values.get(setting).getReadOnlyProperty();
  }

  private void offerFor(String code) {
    background.execute(
        () -> {
          try {
            LearningClient.Figures f = client.figures();
            ui.execute(
                () -> {
                  figures = f;
                  values.get(Setting.BASE_PERCENT).set(f.baseMinPercent());
                  offered.set(screen.get() == Screen.RESULT && f.services().contains(code));
                });
          } catch (ServerException e) {
            // no calculator on this result
          }
        });
  }

  public void open() {
    open.set(true);
    ask();
  }

  public void close() {
    open.set(false);
  }

  /** One step up (+1) or down (-1), within the setting's range. */
  public void change(Setting setting, int direction) {
    ReadOnlyIntegerWrapper v = values.get(setting);
    int next = v.get() + direction * setting.step;
    List<Integer> range = range(setting);
    v.set(Math.max(range.get(0), Math.min(range.get(1), next)));
    ask();
  }

  private List<Integer> range(Setting setting) {
    return switch (setting) {
      case BASE_PERCENT ->
          figures == null
              ? List.of(60, 300)
              : List.of(figures.baseMinPercent(), figures.baseMaxPercent());
      case YEARS -> List.of(1, 50);
      case RETIREMENT_AGE -> List.of(50, 65);
      case RETIREMENT_YEAR -> List.of(thisYear, 2100);
    };
  }

  private void ask() {
    long question = ++asked;
    int base = values.get(Setting.BASE_PERCENT).get();
    int years = values.get(Setting.YEARS).get();
    int age = values.get(Setting.RETIREMENT_AGE).get();
    int year = values.get(Setting.RETIREMENT_YEAR).get();
    background.execute(
        () -> {
          try {
            LearningClient.Estimate e = client.estimate(base, years, age, year);
            ui.execute(
                () -> {
                  if (question == asked) {
                    estimate.set(e);
                    words.say(spoken());
                  }
                });
          } catch (ServerException e) {
            ui.execute(
                () -> {
                  estimate.set(null);
                  words.say(spoken());
                });
          }
        });
  }

  /**
   * What voice reads for the calculator while it is open ("" while closed): what is set, what the
   * visitor would pay and get, and that it is an estimate; or that it cannot be worked out.
   */
  public String spoken() {
    if (!open.get()) {
      return "";
    }
    StringBuilder s = new StringBuilder(words.sentence(words.text("pension.title")));
    for (Setting setting : Setting.values()) {
      s.append(words.sentence(words.text("pension." + setting.name(), values.get(setting).get())));
    }
    LearningClient.Estimate e = estimate.get();
    if (e == null) {
      return s.append(words.text("pension.unavailable")).toString();
    }
    if (e.problem() != null) {
      return s.append(words.text(e.problem())).toString();
    }
    s.append(
        words.sentence(words.text("pension.contribution", Math.round(e.monthlyContribution()))));
    s.append(words.sentence(words.text("pension.pension", Math.round(e.monthlyPension()))));
    if (!e.enoughYears()) {
      s.append(words.sentence(words.text("pension.tooFew", (int) e.minimumYears())));
    }
    return s.append(words.text("pension.note")).toString();
  }
}
