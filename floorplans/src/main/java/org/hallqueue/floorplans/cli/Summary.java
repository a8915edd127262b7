package org.hallqueue.floorplans.cli;

import java.util.List;
import org.hallqueue.floorplans.model.Counter;
import org.hallqueue.floorplans.model.DisplayBoard;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Entrance;
import org.hallqueue.floorplans.model.Kiosk;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.model.WaitingZone;

/** The one-line summary {@code validate} prints for a valid floorplan. */
final class Summary {
  private Summary() {}

  static String of(Office office, Lang lang) {
    List<Element> all = office.floors().stream().flatMap(f -> f.elements().stream()).toList();
    long counters = all.stream().filter(e -> e instanceof Counter).count();
    long zones = all.stream().filter(e -> e instanceof WaitingZone).count();
    int seats =
        all.stream()
            .filter(e -> e instanceof WaitingZone)
            .mapToInt(e -> ((WaitingZone) e).seats())
            .sum();
    long kiosks = all.stream().filter(e -> e instanceof Kiosk).count();
    long displays = all.stream().filter(e -> e instanceof DisplayBoard).count();
    long entrances = all.stream().filter(e -> e instanceof Entrance).count();
    int floors = office.floors().size();
    int connectors = office.connectors().size();
    if (lang == Lang.ZH_CN) {
      return "有效："
          + office.name().zhCN()
          + "（"
          + office.id()
          + "）："
          + floors
          + "层，"
          + counters
          + "个窗口，"
          + zones
          + "个等候区（"
          + seats
          + "个座位），"
          + kiosks
          + "台自助机，"
          + displays
          + "块叫号屏，"
          + entrances
          + "个入口，"
          + connectors
          + "个楼层通道"
          + (office.stepFreeRequired() ? "；每个窗口都有无障碍路线" : "")
          + "。";
    }
    return "valid: "
        + office.name().en()
        + " ("
        + office.id()
        + "): "
        + floors
        + " floor"
        + (floors == 1 ? "" : "s")
        + ", "
        + counters
        + " counters, "
        + zones
        + " waiting zones ("
        + seats
        + " seats), "
        + kiosks
        + " kiosks, "
        + displays
        + " display boards, "
        + entrances
        + " entrance"
        + (entrances == 1 ? "" : "s")
        + ", "
        + connectors
        + " connectors"
        + (office.stepFreeRequired() ? "; every counter has a step-free route" : "")
        + ".";
  }
}
