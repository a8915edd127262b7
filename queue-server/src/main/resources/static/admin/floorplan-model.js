// The floor plan being edited, as plain floorplan JSON: finding, placing, moving, reshaping and
// removing what is on a floor, the kinds a manager can add, and where a server problem points.
import { bilingual } from '/kit/i18n.js';

export const GRID = 0.5;
export const snap = (v) => Math.round(v / GRID) * GRID;
const round = (v) => Math.round(v * 1000) / 1000;
const clone = (v) => JSON.parse(JSON.stringify(v));

/** Everything with an id that is drawn on a floor lives in one of these lists. */
export const FLOOR_LISTS = ['walls', 'obstacles', 'levelChanges', 'elements'];

/** What a manager can add, in palette order: the list it goes in and what a new one looks like. */
export const KINDS = [
  { kind: 'counter', list: 'elements' },
  { kind: 'kiosk', list: 'elements' },
  { kind: 'display', list: 'elements' },
  { kind: 'zone', list: 'elements' },
  { kind: 'entrance', list: 'elements' },
  { kind: 'wall', list: 'walls' },
  { kind: 'desk', list: 'obstacles', size: [2, 1] },
  { kind: 'seats', list: 'obstacles', size: [5, 0.5] },
  { kind: 'pillar', list: 'obstacles', size: [0.5, 0.5] },
  { kind: 'plant', list: 'obstacles', size: [0.5, 0.5] },
  { kind: 'furniture', list: 'obstacles', size: [1.5, 1] },
  { kind: 'steps', list: 'levelChanges', size: [2, 1] },
  { kind: 'ramp', list: 'levelChanges', size: [2, 1.5] },
  { kind: 'lift', list: 'connectors', accessible: true },
  { kind: 'stairs', list: 'connectors', accessible: false },
  { kind: 'escalator', list: 'connectors', accessible: false },
];
export const OBSTACLE_TYPES = ['desk', 'seats', 'pillar', 'plant', 'furniture'];
export const LEVEL_CHANGE_TYPES = ['steps', 'ramp'];
export const CONNECTOR_TYPES = ['lift', 'stairs', 'escalator', 'ramp'];
export const FACINGS = ['north', 'east', 'south', 'west'];

/** A new element's name in both languages, e.g. 3号窗口 / Counter 3 (texts floorplan.newName.*). */
const nameOf = (kind, n) => bilingual(`floorplan.newName.${kind}`, { n });

/** The kind a manager sees: the element's or obstacle's type, "wall", or the connector's type. */
export function kindOf(found) {
  if (!found) return null;
  if (found.list === 'walls') return 'wall';
  return found.item.type;
}

export function allIds(plan) {
  const ids = new Set();
  plan.floors.forEach((f) => FLOOR_LISTS.forEach((l) => (f[l] || []).forEach((x) => ids.add(x.id))));
  (plan.connectors || []).forEach((c) => ids.add(c.id));
  return ids;
}

/** The smallest unused id prefix-N, and its N. */
export function newId(plan, prefix) {
  const ids = allIds(plan);
  let n = 1;
  while (ids.has(prefix + '-' + n)) n++;
  return { id: prefix + '-' + n, n };
}

/** Where an id is: {list, floor (index, or null for a connector), index, item}. */
export function find(plan, id) {
  if (!id) return null;
  for (let f = 0; f < plan.floors.length; f++) {
    for (const list of FLOOR_LISTS) {
      const items = plan.floors[f][list] || [];
      const index = items.findIndex((x) => x.id === id);
      if (index >= 0) return { list, floor: f, index, item: items[index] };
    }
  }
  const index = (plan.connectors || []).findIndex((c) => c.id === id);
  return index >= 0 ? { list: 'connectors', floor: null, index, item: plan.connectors[index] } : null;
}

/** What is drawn on floor f, in drawing order (areas first). */
export function onFloor(plan, f) {
  const floor = plan.floors[f];
  const out = [];
  const zones = (floor.elements || []).filter((e) => e.type === 'zone');
  zones.forEach((item) => out.push({ list: 'elements', floor: f, index: floor.elements.indexOf(item), item }));
  ['levelChanges', 'obstacles', 'walls'].forEach((list) => (floor[list] || []).forEach((item, index) => out.push({ list, floor: f, index, item })));
  (floor.elements || []).forEach((item, index) => item.type !== 'zone' && out.push({ list: 'elements', floor: f, index, item }));
  (plan.connectors || []).forEach((item, index) => {
    if (item.stops.some((s) => s.floor === floor.level)) out.push({ list: 'connectors', floor: null, index, item });
  });
  return out;
}

/** The points that make a thing's shape on a floor (its stop there, for a connector). */
export function pointsOf(found, level) {
  const it = found.item;
  if (found.list === 'walls') return it.points;
  if (found.list === 'obstacles' || found.list === 'levelChanges') return it.polygon;
  if (found.list === 'connectors') {
    const stop = it.stops.find((s) => s.floor === level);
    return stop ? [stop.at] : [];
  }
  return it.type === 'zone' ? [it.at, ...it.area] : [it.at];
}

export function bounds(points) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), w: round(Math.max(...xs) - Math.min(...xs)), h: round(Math.max(...ys) - Math.min(...ys)) };
}

/** The point that snaps to the grid when a thing moves: where one stands, else its corner. */
export function anchor(found, level) {
  const it = found.item;
  if (found.list === 'elements') return it.at;
  if (found.list === 'connectors') return pointsOf(found, level)[0];
  const b = bounds(pointsOf(found, level));
  return [b.x, b.y];
}

function shifted(list, item, dx, dy, level) {
  const out = clone(item);
  const move = (p) => [round(p[0] + dx), round(p[1] + dy)];
  if (list === 'walls') out.points = out.points.map(move);
  else if (list === 'obstacles' || list === 'levelChanges') out.polygon = out.polygon.map(move);
  else if (list === 'connectors') out.stops = out.stops.map((s) => (s.floor === level ? { ...s, at: move(s.at) } : s));
  else {
    out.at = move(out.at);
    if (out.area) out.area = out.area.map(move);
  }
  return out;
}

function replace(plan, found, item) {
  const items = found.list === 'connectors' ? plan.connectors : plan.floors[found.floor][found.list];
  items[found.index] = item;
}

/**
 * Moves a thing so that its anchor lands on target (snapped to the grid on the axes given),
 * starting from original, its state when the move began.
 */
export function moveTo(plan, original, target, level, axes = 'xy') {
  const a = anchor(original, level);
  // an axis left where it is stays put even off the grid: re-entering the shown value changes nothing
  const on = (i, axis) => (axes.includes(axis) && target[i] !== a[i] ? snap(target[i]) : a[i]);
  const to = [on(0, 'x'), on(1, 'y')];
  replace(plan, original, shifted(original.list, original.item, to[0] - a[0], to[1] - a[1], level));
}

/** The points a manager may drag to reshape a thing: wall corners, area and furniture corners. */
export function handles(found) {
  if (found.list === 'walls') return found.item.points;
  if (found.list === 'obstacles' || found.list === 'levelChanges') return found.item.polygon;
  if (found.list === 'elements' && found.item.type === 'zone') return found.item.area;
  return [];
}

function isRectangle(points) {
  if (points.length !== 4) return false;
  return points.every((p, i) => {
    const q = points[(i + 1) % 4];
    return p[0] === q[0] || p[1] === q[1];
  });
}

/** Drags handle k to target; a rectangle stays a rectangle (its neighbouring corners follow). */
export function reshape(plan, original, k, target) {
  const item = clone(original.item);
  const points = handles({ ...original, item });
  const old = points[k];
  const p = [snap(target[0]), snap(target[1])];
  if (original.list !== 'walls' && isRectangle(points)) {
    points.forEach((q, j) => {
      if (j === k) return;
      if (q[0] === old[0]) q[0] = p[0];
      if (q[1] === old[1]) q[1] = p[1];
    });
  }
  points[k] = p;
  if (item.type === 'zone') {
    const b = bounds(item.area);
    const [x, y] = item.at;
    if (x < b.x || x > b.x + b.w || y < b.y || y > b.y + b.h) item.at = [snap(b.x + b.w / 2), snap(b.y + b.h / 2)];
  }
  replace(plan, original, item);
}

function rectangle([x, y], [w, h]) {
  return [[x, y], [round(x + w), y], [round(x + w), round(y + h)], [x, round(y + h)]];
}

/**
 * Adds a new thing of a kind at point p on floor f and returns its id. A counter takes the first
 * of the office's counters not on the plan yet (unbound when every one is placed).
 */
export function create(plan, f, kind, p, serverCounters = []) {
  const spec = KINDS.find((k) => k.kind === kind);
  const floor = plan.floors[f];
  const at = [snap(p[0]), snap(p[1])];
  let item;
  if (spec.list === 'elements') {
    const { id, n } = newId(plan, kind === 'entrance' ? 'entrance' : kind);
    item = { id, type: kind, name: nameOf(kind, n), at };
    if (kind === 'counter') Object.assign(item, counterFor(plan, serverCounters));
    if (kind === 'kiosk' || kind === 'counter' || kind === 'display') item.facing = 'south';
    if (kind === 'display') {
      const zone = plan.floors.flatMap((x) => x.elements || []).find((e) => e.type === 'zone');
      item.zone = zone ? zone.id : '';
    }
    if (kind === 'zone') Object.assign(item, { area: rectangle([at[0] - 3, at[1] - 2.5], [6, 5]), seats: 20, counters: [] });
  } else if (spec.list === 'walls') {
    item = { id: newId(plan, 'wall').id, points: [at, [at[0] + 4, at[1]]], thickness: 0.2 };
  } else if (spec.list === 'connectors') {
    const { id, n } = newId(plan, kind);
    const stops = [{ floor: floor.level, at }];
    const other = plan.floors.find((x) => x.level !== floor.level);
    if (other) stops.push({ floor: other.level, at: [...at] });
    item = { id, type: kind, name: nameOf(kind, n), accessible: spec.accessible, stops };
    plan.connectors = plan.connectors || [];
    plan.connectors.push(item);
    return item.id;
  } else {
    item = { id: newId(plan, kind).id, type: kind, polygon: rectangle(at, spec.size) };
  }
  floor[spec.list] = floor[spec.list] || [];
  floor[spec.list].push(item);
  return item.id;
}

function counterFor(plan, serverCounters) {
  const placed = allIds(plan);
  const free = serverCounters.find((c) => !placed.has(c.id));
  if (free) return { id: free.id, number: free.number, name: { ...free.name } };
  const numbers = plan.floors.flatMap((f) => (f.elements || []).filter((e) => e.type === 'counter').map((e) => e.number));
  const number = Math.max(0, ...numbers, ...serverCounters.map((c) => c.number)) + 1;
  let id = 'counter-' + number;
  while (placed.has(id)) id += '-new';
  return { id, number, name: nameOf('counter', number) };
}

/** Removes a thing; a removed counter is also taken off the zones that served it. */
export function remove(plan, id) {
  const found = find(plan, id);
  if (!found) return;
  if (found.list === 'connectors') plan.connectors.splice(found.index, 1);
  else plan.floors[found.floor][found.list].splice(found.index, 1);
  if (found.item.type === 'counter') {
    plan.floors.forEach((f) => (f.elements || []).forEach((e) => {
      if (e.type === 'zone') e.counters = e.counters.filter((c) => c !== id);
    }));
  }
}

/** Gives a thing another id, and every zone or display that names it follows. */
export function rename(plan, from, to) {
  const found = find(plan, from);
  if (!found || from === to) return;
  found.item.id = to;
  plan.floors.forEach((f) => (f.elements || []).forEach((e) => {
    if (e.type === 'zone') e.counters = e.counters.map((c) => (c === from ? to : c));
    if (e.type === 'display' && e.zone === from) e.zone = to;
  }));
}

/** Binds a counter on the plan to one of the office's counters: its id, number and name. */
export function bindCounter(plan, id, counter) {
  rename(plan, id, counter.id);
  const found = find(plan, counter.id);
  found.item.number = counter.number;
  found.item.name = { ...counter.name };
}

/** A new floor above the highest, as large as the first. */
export function addFloor(plan) {
  const level = Math.max(...plan.floors.map((f) => f.level)) + 1;
  const first = plan.floors[0];
  plan.floors.push({ level, name: nameOf('floor', level), width: first.width, depth: first.depth, walls: [], obstacles: [], levelChanges: [], elements: [] });
  return plan.floors.length - 1;
}

/**
 * Which thing (and floor) a JSON pointer from the server's checks is about:
 * {id, floor} for a thing, {floor} for a floor's own field, {} for the plan as a whole.
 */
export function target(plan, pointer) {
  const parts = pointer.split('/').slice(1);
  if (parts[0] === 'floors' && parts.length >= 2) {
    const f = Number(parts[1]);
    const floor = plan.floors[f];
    if (!floor) return {};
    if (FLOOR_LISTS.includes(parts[2]) && parts.length >= 4) {
      const item = (floor[parts[2]] || [])[Number(parts[3])];
      if (item) return { id: item.id, floor: f };
    }
    return { floor: f };
  }
  if (parts[0] === 'connectors' && parts.length >= 2) {
    const c = (plan.connectors || [])[Number(parts[1])];
    if (!c) return {};
    const stop = parts[2] === 'stops' && c.stops[Number(parts[3])];
    const level = stop ? stop.floor : c.stops[0] && c.stops[0].floor;
    const f = plan.floors.findIndex((x) => x.level === level);
    return { id: c.id, floor: f >= 0 ? f : null };
  }
  return {};
}

/** Whole-plan snapshots to go back and forth through. */
export class History {
  constructor(limit = 200) {
    this.limit = limit;
    this.past = [];
    this.future = [];
  }

  record(plan) {
    this.past.push(JSON.stringify(plan));
    if (this.past.length > this.limit) this.past.shift();
    this.cleared = this.future;
    this.future = [];
  }

  /**
   * After a change: if it changed nothing, forgets the snapshot taken before it (so undo never
   * steps through no-ops) and answers false; else answers true.
   */
  settle(plan) {
    if (this.past.length && this.past[this.past.length - 1] === JSON.stringify(plan)) {
      this.past.pop();
      this.future = this.cleared || [];
      return false;
    }
    return true;
  }

  undo(plan) {
    if (!this.past.length) return null;
    this.future.push(JSON.stringify(plan));
    return JSON.parse(this.past.pop());
  }

  redo(plan) {
    if (!this.future.length) return null;
    this.past.push(JSON.stringify(plan));
    return JSON.parse(this.future.pop());
  }

  clear() {
    this.past = [];
    this.future = [];
  }
}
