package org.hallqueue.floorplans.validation;

import org.hallqueue.floorplans.Problem;
import org.hallqueue.floorplans.format.JsonNumbers;
import org.hallqueue.floorplans.model.Element;
import org.hallqueue.floorplans.model.Floor;
import org.hallqueue.floorplans.model.LocalizedText;
import tools.jackson.core.JsonPointer;

/** The plain-words messages for problems with what a floorplan says. */
final class ValidationMessages {
  private ValidationMessages() {}

  /** How an element is named in a message: its name and, in brackets, its id. */
  static LocalizedText called(Element element) {
    String zh = element.name().zhCN().isBlank() ? element.id() : element.name().zhCN();
    String en = element.name().en().isBlank() ? element.id() : element.name().en();
    return LocalizedText.of(zh + "（" + element.id() + "）", en + " (" + element.id() + ")");
  }

  static LocalizedText called(String what, String id) {
    return LocalizedText.of(what + "“" + id + "”", what + " \"" + id + "\"");
  }

  static Problem duplicateId(JsonPointer pointer, String id, String firstPointer) {
    return new Problem(
        "duplicate-id",
        pointer.toString(),
        LocalizedText.of(
            "编号“" + id + "”重复了：它已经用在 " + firstPointer + "。每个编号只能用一次。",
            "The id \""
                + id
                + "\" is used twice; it is already used at "
                + firstPointer
                + ". Every id must be different."));
  }

  static Problem duplicateLevel(JsonPointer pointer, int level) {
    return new Problem(
        "duplicate-floor",
        pointer.toString(),
        LocalizedText.of(
            "楼层 " + level + " 写了两次，每层只能写一次。",
            "Floor " + level + " appears twice; describe each floor once."));
  }

  static Problem duplicateCounterNumber(JsonPointer pointer, int number, String otherId) {
    return new Problem(
        "duplicate-counter-number",
        pointer.toString(),
        LocalizedText.of(
            number + "号窗口已经有了（" + otherId + "），窗口号不能重复。",
            "Counter number "
                + number
                + " is already taken by "
                + otherId
                + "; numbers must differ."));
  }

  static Problem unknownCounter(JsonPointer pointer, String id) {
    return new Problem(
        "unknown-id",
        pointer.toString(),
        LocalizedText.of(
            "找不到编号为“" + id + "”的窗口。请检查编号是否写错。",
            "There is no counter with the id \"" + id + "\". Check the id for typing mistakes."));
  }

  static Problem unknownZone(JsonPointer pointer, String id) {
    return new Problem(
        "unknown-id",
        pointer.toString(),
        LocalizedText.of(
            "找不到编号为“" + id + "”的等候区。请检查编号是否写错。",
            "There is no waiting zone with the id \""
                + id
                + "\". Check the id for typing mistakes."));
  }

  static Problem unknownFloor(JsonPointer pointer, int level) {
    return new Problem(
        "unknown-floor",
        pointer.toString(),
        LocalizedText.of(
            "没有第 " + level + " 层。请先在 floors 中加上这一层。",
            "There is no floor " + level + ". Add it to \"floors\" first."));
  }

  static Problem connectorNeedsTwoFloors(JsonPointer pointer, LocalizedText connector) {
    return new Problem(
        "connector-floors",
        pointer.toString(),
        LocalizedText.of(
            connector.zhCN() + "至少要连接两个不同的楼层。",
            connector.en() + " must connect at least two different floors."));
  }

  static Problem outsideFloor(JsonPointer pointer, LocalizedText what, Floor floor) {
    String size = JsonNumbers.format(floor.width()) + " × " + JsonNumbers.format(floor.depth());
    return new Problem(
        "outside-floor",
        pointer.toString(),
        LocalizedText.of(
            what.zhCN() + "超出了楼层范围（本层为 " + size + " 米，坐标从 [0, 0] 开始）。",
            what.en()
                + " lies outside the floor (this floor is "
                + size
                + " m, positions start at [0, 0])."));
  }

  static Problem insideBlocker(JsonPointer pointer, LocalizedText what, String blockerId) {
    return new Problem(
        "inside-obstacle",
        pointer.toString(),
        LocalizedText.of(
            what.zhCN() + "位于墙或家具（" + blockerId + "）里面，访客无法站到那里。请移动它的位置。",
            what.en()
                + " is inside a wall or a piece of furniture ("
                + blockerId
                + "), where no visitor can stand. Move it."));
  }

  static Problem noEntrance(JsonPointer pointer) {
    return new Problem(
        "no-entrance",
        pointer.toString(),
        LocalizedText.of(
            "平面图里没有入口。请至少加一个类型为 entrance 的元素。",
            "The floorplan has no entrance. Add at least one element of type \"entrance\"."));
  }

  static Problem unreachable(JsonPointer pointer, LocalizedText counter) {
    return new Problem(
        "unreachable",
        pointer.toString(),
        LocalizedText.of(
            "从任何入口都走不到" + counter.zhCN() + "：墙或家具挡住了所有通道（通道至少要 0.6 米宽）。",
            "No one can walk to "
                + counter.en()
                + " from any entrance: walls or furniture block every way (a passage must be at"
                + " least 0.6 m wide)."));
  }

  static Problem notStepFree(JsonPointer pointer, LocalizedText counter) {
    return new Problem(
        "not-step-free",
        pointer.toString(),
        LocalizedText.of(
            "坐轮椅的访客无法从入口到达"
                + counter.zhCN()
                + "：路上只有台阶或楼梯，或通道不足 0.9 米宽。本办公场所要求无障碍通行（stepFreeRequired）。",
            "A wheelchair user cannot get to "
                + counter.en()
                + " from an entrance: every way has steps or stairs, or is narrower than 0.9 m."
                + " This office requires step-free access (stepFreeRequired)."));
  }
}
