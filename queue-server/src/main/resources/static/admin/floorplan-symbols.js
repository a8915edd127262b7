// How each kind of thing looks on the plan (in metres), in one style table shared by the drawing,
// the palette and the legend: shapes differ by outline and pattern as well as colour.
import { t, pick } from '/kit/i18n.js';
import { bounds } from './floorplan-model.js';

const NS = 'http://www.w3.org/2000/svg';

/** An SVG element: s('rect', {x: 1}, child...). */
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined && v !== false) el.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

export const STYLE = {
  zone: { fill: '#fff4cc', stroke: '#a67c00', 'stroke-dasharray': '0.4 0.25', 'stroke-width': 0.08 },
  desk: { fill: '#d2b48c', stroke: '#6d4c2f', 'stroke-width': 0.06 },
  seats: { fill: '#dfe6ea', stroke: '#546e7a', 'stroke-width': 0.05 },
  pillar: { fill: '#455a64', stroke: '#1c262b', 'stroke-width': 0.05 },
  plant: { fill: '#8bc88e', stroke: '#2e7d32', 'stroke-width': 0.06 },
  furniture: { fill: '#ece4dc', stroke: '#8d6e63', 'stroke-width': 0.06 },
  steps: { fill: '#ffe3cc', stroke: '#d84315', 'stroke-width': 0.06 },
  ramp: { fill: '#d4ecfb', stroke: '#0277bd', 'stroke-width': 0.06, 'stroke-dasharray': '0.25 0.12' },
  wall: { stroke: '#263238' },
  counter: { fill: '#0b5cad' },
  kiosk: { fill: '#00796b' },
  display: { fill: '#7b1fa2' },
  entrance: { fill: '#2e7d32' },
  connector: { fill: '#37474f' },
};

const FACING = { north: [0, -1], east: [1, 0], south: [0, 1], west: [-1, 0] };

function facingMark([x, y], facing, reach, fill) {
  const d = FACING[facing];
  if (!d) return null;
  const [px, py] = [-d[1], d[0]];
  const tip = [x + d[0] * (reach + 0.35), y + d[1] * (reach + 0.35)];
  const a = [x + d[0] * reach + px * 0.28, y + d[1] * reach + py * 0.28];
  const b = [x + d[0] * reach - px * 0.28, y + d[1] * reach - py * 0.28];
  return s('polygon', { points: [tip, a, b].map((p) => p.join(',')).join(' '), fill, class: 'fp-facing' });
}

// Labels grow when the plan is zoomed out, so that they stay readable on screen.
let labelScale = 1;

/** How much larger than their size in metres labels are drawn (1 when zoomed in far enough). */
export function scaleLabels(k) {
  labelScale = Math.max(1, k);
  return labelScale;
}

export function label(x, y, text, size = 0.45, extra = {}) {
  return s('text', { x, y, 'font-size': size * labelScale, 'text-anchor': 'middle', class: 'fp-label', ...extra }, text);
}

/** A label that does not grow: text inside a symbol of fixed size. */
export function fixedLabel(x, y, text, size, extra = {}) {
  return s('text', { x, y, 'font-size': size, 'text-anchor': 'middle', class: 'fp-label', ...extra }, text);
}

/** The symbol of a thing standing at [x, y] (counters, kiosks, displays, entrances, connectors). */
export function marker(kind, [x, y], item = {}) {
  const g = s('g', { class: 'fp-symbol' });
  if (kind === 'counter') {
    g.append(
      s('rect', { x: x - 0.65, y: y - 0.5, width: 1.3, height: 1, rx: 0.15, fill: STYLE.counter.fill, stroke: '#ffffff', 'stroke-width': 0.06 }),
      fixedLabel(x, y + 0.22, item.number === undefined ? '?' : String(item.number), 0.62, { fill: '#ffffff', class: 'fp-label fp-number' }),
    );
    g.append(facingMark([x, y], item.facing, 0.5, STYLE.counter.fill) || '');
  } else if (kind === 'kiosk') {
    g.append(
      s('rect', { x: x - 0.4, y: y - 0.55, width: 0.8, height: 1.1, rx: 0.12, fill: STYLE.kiosk.fill }),
      s('rect', { x: x - 0.28, y: y - 0.43, width: 0.56, height: 0.45, rx: 0.05, fill: '#b2dfdb' }),
      s('rect', { x: x - 0.14, y: y + 0.15, width: 0.28, height: 0.08, fill: '#e0f2f1' }),
    );
    g.append(facingMark([x, y], item.facing, 0.55, STYLE.kiosk.fill) || '');
  } else if (kind === 'display') {
    g.append(
      s('rect', { x: x - 0.85, y: y - 0.32, width: 1.7, height: 0.64, rx: 0.08, fill: STYLE.display.fill }),
      s('rect', { x: x - 0.7, y: y - 0.2, width: 1.4, height: 0.4, fill: '#f3e5f5' }),
      s('line', { x1: x - 0.5, y1: y, x2: x + 0.5, y2: y, stroke: STYLE.display.fill, 'stroke-width': 0.08 }),
    );
    g.append(facingMark([x, y], item.facing, 0.32, STYLE.display.fill) || '');
  } else if (kind === 'entrance') {
    g.append(
      s('circle', { cx: x, cy: y, r: 0.62, fill: STYLE.entrance.fill, stroke: '#ffffff', 'stroke-width': 0.06 }),
      s('path', { d: `M${x} ${y + 0.38} L${x} ${y - 0.3} M${x - 0.25} ${y - 0.05} L${x} ${y - 0.35} L${x + 0.25} ${y - 0.05}`, stroke: '#ffffff', 'stroke-width': 0.12, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
    );
  } else {
    g.append(s('rect', { x: x - 0.6, y: y - 0.6, width: 1.2, height: 1.2, rx: 0.12, fill: STYLE.connector.fill }));
    const w = { stroke: '#ffffff', 'stroke-width': 0.1, fill: 'none', 'stroke-linecap': 'round' };
    if (kind === 'lift') {
      g.append(
        s('polygon', { points: `${x - 0.25},${y - 0.08} ${x},${y - 0.4} ${x + 0.25},${y - 0.08}`, fill: '#ffffff' }),
        s('polygon', { points: `${x - 0.25},${y + 0.08} ${x},${y + 0.4} ${x + 0.25},${y + 0.08}`, fill: '#ffffff' }),
      );
    } else if (kind === 'stairs') {
      g.append(s('path', { d: `M${x - 0.4} ${y + 0.35} H${x - 0.15} V${y + 0.08} H${x + 0.1} V${y - 0.18} H${x + 0.4}`, ...w }));
    } else if (kind === 'escalator') {
      g.append(s('path', { d: `M${x - 0.4} ${y + 0.35} L${x + 0.35} ${y - 0.35} M${x + 0.05} ${y - 0.35} H${x + 0.35} V${y - 0.05}`, ...w }));
    } else {
      g.append(s('path', { d: `M${x - 0.4} ${y + 0.3} L${x + 0.4} ${y - 0.3} V${y + 0.3} Z`, fill: '#ffffff' }));
    }
  }
  return g;
}

function polygonPoints(points) {
  return points.map((p) => p.join(',')).join(' ');
}

/** An area on the floor: a zone, furniture, steps or a ramp, drawn from its polygon. */
export function area(kind, points) {
  const g = s('g', { class: 'fp-symbol' });
  const style = STYLE[kind] || STYLE.furniture;
  const b = bounds(points);
  if (kind === 'plant') {
    g.append(s('circle', { cx: b.x + b.w / 2, cy: b.y + b.h / 2, r: Math.max(0.2, Math.min(b.w, b.h) / 2), ...style }));
    return g;
  }
  g.append(s('polygon', { points: polygonPoints(points), ...style }));
  const across = { stroke: style.stroke, 'stroke-width': 0.03 };
  if (kind === 'steps') {
    const horizontal = b.w >= b.h;
    for (let v = 0.3; v < (horizontal ? b.w : b.h) - 0.1; v += 0.3) {
      g.append(horizontal
        ? s('line', { x1: b.x + v, y1: b.y, x2: b.x + v, y2: b.y + b.h, ...across })
        : s('line', { x1: b.x, y1: b.y + v, x2: b.x + b.w, y2: b.y + v, ...across }));
    }
  } else if (kind === 'seats') {
    const horizontal = b.w >= b.h;
    const size = Math.min(b.w, b.h) * 0.6;
    for (let v = 0.25; v < (horizontal ? b.w : b.h); v += 0.5) {
      const [cx, cy] = horizontal ? [b.x + v, b.y + b.h / 2] : [b.x + b.w / 2, b.y + v];
      g.append(s('rect', { x: cx - size / 2, y: cy - size / 2, width: size, height: size, rx: size / 4, fill: '#90a4ae' }));
    }
  } else if (kind === 'ramp') {
    const [cx, cy] = [b.x + b.w / 2, b.y + b.h / 2];
    const r = Math.min(b.w, b.h) / 3;
    g.append(s('path', { d: `M${cx - r} ${cy + r / 2} L${cx + r} ${cy - r / 2} V${cy + r / 2} Z`, fill: style.stroke, opacity: 0.6 }));
  } else if (kind === 'pillar') {
    g.append(s('path', { d: `M${b.x} ${b.y} L${b.x + b.w} ${b.y + b.h} M${b.x + b.w} ${b.y} L${b.x} ${b.y + b.h}`, stroke: '#90a4ae', 'stroke-width': 0.04 }));
  }
  return g;
}

export function wall(points, thickness) {
  return s('polyline', { points: polygonPoints(points), fill: 'none', stroke: STYLE.wall.stroke, 'stroke-width': thickness, 'stroke-linecap': 'square', 'stroke-linejoin': 'miter', class: 'fp-wall' });
}

/** A small picture of a kind for the palette and the legend. */
export function icon(kind) {
  const svg = s('svg', { viewBox: '-1 -1 2 2', width: 28, height: 28, 'aria-hidden': 'true', focusable: 'false', class: 'fp-icon' });
  if (['counter', 'kiosk', 'display', 'entrance', 'lift', 'stairs', 'escalator', 'connector-ramp'].includes(kind)) {
    svg.append(marker(kind === 'connector-ramp' ? 'ramp' : kind, [0, 0], { number: 3 }));
  } else if (kind === 'wall') {
    svg.append(wall([[-0.8, 0.6], [-0.8, -0.6], [0.8, -0.6]], 0.25));
  } else if (kind === 'route') {
    svg.append(s('path', { d: 'M-0.8 0.6 L-0.1 0.6 L0.3 -0.5 L0.8 -0.5', class: 'fp-route-line', fill: 'none', stroke: '#d81b60', 'stroke-width': 0.22 }));
  } else if (kind === 'problem') {
    svg.append(s('rect', { x: -0.75, y: -0.75, width: 1.5, height: 1.5, fill: '#fdecea', stroke: '#b3261e', 'stroke-width': 0.18 }));
  } else if (kind === 'unbound') {
    svg.append(s('rect', { x: -0.75, y: -0.75, width: 1.5, height: 1.5, fill: '#fff4e5', stroke: '#b26a00', 'stroke-width': 0.14, 'stroke-dasharray': '0.25 0.15' }));
  } else {
    const sizes = { seats: [1.8, 0.6], pillar: [0.9, 0.9], plant: [1.2, 1.2], zone: [1.7, 1.3], steps: [1.6, 1], ramp: [1.6, 1.1] };
    const [w, h] = sizes[kind] || [1.6, 1];
    svg.append(area(kind, [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]]));
  }
  return svg;
}

/** What a thing is called on the plan: its name, else its kind and id. */
export function nameOf(found) {
  const it = found.item;
  if (it.name) return pick(it.name);
  return t('floorplan.kind.' + (found.list === 'walls' ? 'wall' : it.type)) + ' ' + it.id;
}
