// The drawing of one floor on a 0.5 m grid: click to place, drag to move, drag a corner to
// reshape, arrow keys to nudge, wheel or buttons to zoom; problems outlined in red.
import { el as h } from '/kit/dom.js';
import { t, pick, lang } from '/kit/i18n.js';
import { onFloor, pointsOf, bounds, anchor, moveTo, reshape, handles, kindOf, find } from './floorplan-model.js';
import { s, marker, area, wall, label, nameOf, scaleLabels, STYLE } from './floorplan-symbols.js';

const MARGIN = 2;

export function createCanvas(editor) {
  const svg = s('svg', {
    class: 'fp-svg',
    role: 'application',
    tabindex: '0',
    'aria-roledescription': t('floorplan.canvasRole'),
    'aria-label': t('floorplan.canvasLabel'),
    'aria-describedby': 'fp-keys',
    preserveAspectRatio: 'xMidYMid meet',
  });
  const element = h('div', { class: 'fp-canvas' }, svg);
  let view = { x: 0, y: 0, w: 10, h: 10 };
  let drag = null;
  let scale = 1; // labels' growth at this zoom (see scaleLabels)
  let fitted = true; // the whole floor is in view: keep it so when the window changes size

  const floor = () => editor.state.plan.floors[editor.state.floor];
  const level = () => floor().level;

  function toPlan(event) {
    const p = svg.createSVGPoint();
    p.x = event.clientX;
    p.y = event.clientY;
    const m = svg.getScreenCTM();
    const q = p.matrixTransform(m.inverse());
    return [q.x, q.y];
  }

  function pixelsPerMetre() {
    const r = svg.getBoundingClientRect();
    return Math.min(r.width / view.w, r.height / view.h) || 20;
  }

  function fit() {
    const f = floor();
    const r = svg.getBoundingClientRect();
    const ratio = r.width && r.height ? r.width / r.height : 1.6;
    let w = f.width + 2 * MARGIN;
    let hh = f.depth + 2 * MARGIN;
    if (w / hh < ratio) w = hh * ratio;
    else hh = w / ratio;
    view = { x: f.width / 2 - w / 2, y: f.depth / 2 - hh / 2, w, h: hh };
    fitted = true;
    render();
  }

  function zoom(factor, centre) {
    const [cx, cy] = centre || [view.x + view.w / 2, view.y + view.h / 2];
    const w = Math.min(400, Math.max(3, view.w / factor));
    const k = w / view.w;
    view = { x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k, w, h: view.h * k };
    fitted = false;
    render();
  }

  function grid(f) {
    const minor = s('pattern', { id: 'fp-grid-minor', width: 0.5, height: 0.5, patternUnits: 'userSpaceOnUse' },
      s('path', { d: 'M0.5 0 L0 0 L0 0.5', fill: 'none', stroke: '#e4e9ef', 'stroke-width': 0.025 }));
    const major = s('pattern', { id: 'fp-grid-major', width: 5, height: 5, patternUnits: 'userSpaceOnUse' },
      s('rect', { width: 5, height: 5, fill: 'url(#fp-grid-minor)' }),
      s('path', { d: 'M5 0 L0 0 L0 5', fill: 'none', stroke: '#c3ccd6', 'stroke-width': 0.05 }));
    const rulers = s('g', { class: 'fp-ruler', 'aria-hidden': 'true' });
    for (let x = 0; x <= f.width; x += 5) rulers.append(label(x, -0.45, x + ' m', 0.42));
    for (let y = 5; y <= f.depth; y += 5) rulers.append(label(-0.45, y + 0.15, y + ' m', 0.42, { 'text-anchor': 'end' }));
    return [
      s('defs', {}, minor, major),
      s('rect', { x: 0, y: 0, width: f.width, height: f.depth, fill: '#ffffff', class: 'fp-floor' }),
      s('rect', { x: 0, y: 0, width: f.width, height: f.depth, fill: 'url(#fp-grid-major)', stroke: '#7a8591', 'stroke-width': 0.06 }),
      rulers,
    ];
  }

  function drawn(found) {
    const it = found.item;
    const kind = kindOf(found);
    if (found.list === 'walls') return wall(it.points, it.thickness);
    if (found.list === 'obstacles' || found.list === 'levelChanges') {
      const g = area(kind, it.polygon);
      const b = bounds(it.polygon);
      if (it.name && b.w >= 3) g.append(label(b.x + b.w / 2, b.y + b.h / 2 + 0.16, pick(it.name), Math.min(0.45, b.h * 0.6)));
      else if (found.list === 'levelChanges' && b.w >= 1.2) g.append(label(b.x + b.w / 2, b.y + b.h + 0.5, t('floorplan.kind.' + kind), 0.38));
      return g;
    }
    if (kind === 'zone') return zone(it);
    const at = found.list === 'connectors' ? pointsOf(found, level())[0] : it.at;
    const g = marker(kind, at, it);
    if (kind !== 'counter') g.append(label(at[0], at[1] + 0.72 + 0.42 * scale, nameOf(found), 0.42));
    return g;
  }

  function zone(it) {
    const g = area('zone', it.area);
    const b = bounds(it.area);
    const numbers = it.counters.map((id) => {
      const c = find(editor.state.plan, id);
      return c && c.item.number !== undefined ? c.item.number : id;
    });
    g.append(
      label(b.x + 0.3, b.y + b.h - 0.35 - 0.6 * scale, pick(it.name), 0.55, { 'text-anchor': 'start', class: 'fp-label fp-zone-name' }),
      label(b.x + 0.3, b.y + b.h - 0.3, t('floorplan.zoneSummary', { seats: it.seats, counters: numbers.join(lang() === 'zh-CN' ? '、' : ', ') || '–' }), 0.42, { 'text-anchor': 'start' }),
      s('circle', { cx: it.at[0], cy: it.at[1], r: 0.18, fill: STYLE.zone.stroke }),
    );
    return g;
  }

  function box(found) {
    const pts = pointsOf(found, level());
    const b = bounds(pts);
    const pad = found.list === 'walls' ? 0.3 + found.item.thickness / 2 : found.list === 'elements' && found.item.type !== 'zone' ? 0.85 : found.list === 'connectors' ? 0.8 : 0.2;
    return { x: b.x - pad, y: b.y - pad, width: b.w + 2 * pad, height: b.h + 2 * pad };
  }

  function item(found) {
    const st = editor.state;
    const id = found.item.id;
    const problems = st.problemsById.get(id);
    const unbound = st.unbound.has(id);
    const classes = ['fp-item'];
    if (id === st.selected) classes.push('selected');
    if (problems) classes.push('has-problem');
    if (unbound) classes.push('unbound');
    const g = s('g', {
      class: classes.join(' '),
      'data-id': id,
      'data-kind': kindOf(found),
      'data-at': anchor(found, level()).join(','),
      'data-problems': problems ? problems.length : null,
    });
    const title = [nameOf(found) + ' (' + id + ')', ...(problems || []), unbound ? t('floorplan.unbound') : null].filter(Boolean).join('\n');
    g.append(s('title', {}, title), drawn(found));
    if (problems || unbound || id === st.selected) g.append(s('rect', { ...box(found), class: 'fp-outline', rx: 0.2 }));
    return g;
  }

  function links() {
    const g = s('g', { class: 'fp-links', 'aria-hidden': 'true' });
    (floor().elements || []).filter((e) => e.type === 'display').forEach((d) => {
      const z = find(editor.state.plan, d.zone);
      if (z && z.floor === editor.state.floor) g.append(s('line', { x1: d.at[0], y1: d.at[1], x2: z.item.at[0], y2: z.item.at[1], stroke: STYLE.display.fill, 'stroke-width': 0.06, 'stroke-dasharray': '0.2 0.2', opacity: 0.7 }));
    });
    return g;
  }

  function route() {
    const r = editor.state.route;
    if (!r) return null;
    const g = s('g', { class: 'fp-route', 'aria-hidden': 'true' });
    let piece = [];
    const pieces = [];
    r.path.forEach((p) => {
      if (p.floor === level()) piece.push([p.x, p.y]);
      else if (piece.length) { pieces.push(piece); piece = []; }
    });
    if (piece.length) pieces.push(piece);
    pieces.forEach((pts) => {
      const points = pts.map((p) => p.join(',')).join(' ');
      g.append(
        s('polyline', { points, fill: 'none', stroke: '#ffffff', 'stroke-width': 0.55, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }),
        s('polyline', { points, fill: 'none', stroke: '#d81b60', 'stroke-width': 0.28, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', class: 'fp-route-line' }),
      );
    });
    const first = r.path[0];
    const last = r.path[r.path.length - 1];
    if (first.floor === level()) g.append(s('circle', { cx: first.x, cy: first.y, r: 0.35, fill: '#ffffff', stroke: '#d81b60', 'stroke-width': 0.14 }));
    if (last.floor === level()) g.append(s('circle', { cx: last.x, cy: last.y, r: 0.35, fill: '#d81b60', stroke: '#ffffff', 'stroke-width': 0.1 }));
    // where the route leaves this floor or comes onto it by a lift or stairs: which floor is next
    const floorName = (l) => {
      const f = editor.state.plan.floors.find((x) => x.level === l);
      return f ? pick(f.name) : String(l);
    };
    r.path.forEach((p, i) => {
      const q = r.path[i + 1];
      if (!q || q.floor === p.floor) return;
      const [here, key, other] = p.floor === level() ? [p, 'floorplan.route.toFloor', q.floor] : [q, 'floorplan.route.fromFloor', p.floor];
      if (here.floor !== level()) return;
      g.append(label(here.x, here.y - 0.95 - 0.3 * scale, t(key, { floor: floorName(other) }), 0.45, { class: 'fp-label fp-route-floor' }));
    });
    return g;
  }

  function handleLayer() {
    const found = find(editor.state.plan, editor.state.selected);
    if (!found || (found.floor !== null && found.floor !== editor.state.floor)) return null;
    const size = 12 / pixelsPerMetre();
    return s('g', { class: 'fp-handles' }, handles(found).map((p, k) =>
      s('rect', { x: p[0] - size / 2, y: p[1] - size / 2, width: size, height: size, class: 'fp-handle', 'data-handle': k })));
  }

  function render() {
    const f = floor();
    scale = scaleLabels(13 / (pixelsPerMetre() * 0.45));
    svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].join(' '));
    svg.classList.toggle('placing', !!editor.state.armed);
    const items = onFloor(editor.state.plan, editor.state.floor);
    const markers = items.filter((x) => x.list === 'elements' && x.item.type !== 'zone' || x.list === 'connectors');
    svg.replaceChildren(
      ...grid(f),
      s('g', { class: 'fp-areas' }, items.filter((x) => !markers.includes(x)).map(item)),
      links(),
      s('g', { class: 'fp-markers' }, markers.map(item)),
      route() || '',
      handleLayer() || '',
    );
  }

  // Pointer: place, select and move, reshape, or pan.
  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    svg.focus({ preventScroll: true });
    const p = toPlan(e);
    const handle = e.target.closest('[data-handle]');
    const hit = e.target.closest('[data-id]');
    const st = editor.state;
    if (st.armed) {
      editor.place(p);
      return;
    }
    if (handle) {
      drag = { mode: 'reshape', k: Number(handle.dataset.handle), original: structuredClone(find(st.plan, st.selected)) };
    } else if (hit) {
      if (hit.dataset.id !== st.selected) editor.select(hit.dataset.id);
      const original = structuredClone(find(editor.state.plan, hit.dataset.id));
      drag = { mode: 'move', original, from: anchor(original, level()) };
    } else {
      if (st.selected) editor.select(null);
      drag = { mode: 'pan', view: { ...view } };
    }
    drag.start = p;
    drag.client = [e.clientX, e.clientY];
    drag.changed = false;
    svg.setPointerCapture(e.pointerId);
  });

  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    if (!drag.changed && Math.hypot(e.clientX - drag.client[0], e.clientY - drag.client[1]) < 4) return;
    if (drag.mode === 'pan') {
      const k = view.w / svg.getBoundingClientRect().width;
      view = { ...view, x: drag.view.x - (e.clientX - drag.client[0]) * k, y: drag.view.y - (e.clientY - drag.client[1]) * k };
      drag.changed = true;
      fitted = false;
      render();
      return;
    }
    if (!drag.changed) editor.beginChange();
    drag.changed = true;
    const p = toPlan(e);
    if (drag.mode === 'move') moveTo(editor.state.plan, drag.original, [drag.from[0] + p[0] - drag.start[0], drag.from[1] + p[1] - drag.start[1]], level());
    else reshape(editor.state.plan, drag.original, drag.k, p);
    render();
  });

  const endDrag = () => {
    if (drag && drag.changed && drag.mode !== 'pan') editor.finishChange();
    drag = null;
  };
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);

  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2, toPlan(e));
  }, { passive: false });

  svg.addEventListener('keydown', (e) => {
    const steps = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (steps[e.key]) {
      e.preventDefault();
      const [dx, dy] = steps[e.key];
      if (editor.state.selected) editor.nudge(dx, dy, e.shiftKey ? 5 : 1);
      else {
        view = { ...view, x: view.x + dx * view.w / 10, y: view.y + dy * view.h / 10 };
        fitted = false;
        render();
      }
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      editor.removeSelected();
    } else if (e.key === 'Escape') {
      editor.disarm();
      editor.select(null);
    } else if (e.key === 'Enter' && editor.state.armed) {
      e.preventDefault();
      editor.place([view.x + view.w / 2, view.y + view.h / 2]);
    } else if (e.key === '+' || e.key === '=') zoom(1.25);
    else if (e.key === '-') zoom(0.8);
    else if (e.key === '0') fit();
  });

  new ResizeObserver(() => {
    if (fitted && svg.isConnected) fit();
  }).observe(svg);

  return { element, svg, render, fit, zoom };
}
