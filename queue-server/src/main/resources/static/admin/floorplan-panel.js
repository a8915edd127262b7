// The property panel: what the selected thing is called, where it stands, what it serves; with
// nothing selected, the floor's and the plan's own settings.
import { el as h } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';
import { problemText } from './problems.js';
import { find, kindOf, anchor, moveTo, bounds, rename, bindCounter, addFloor, OBSTACLE_TYPES, LEVEL_CHANGE_TYPES, CONNECTOR_TYPES, FACINGS } from './floorplan-model.js';
import { textField, numberField, selectField, checkField, bilingualField, checksField } from './floorplan-fields.js';

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function renderPanel(box, editor) {
  const st = editor.state;
  const found = find(st.plan, st.selected);
  box.replaceChildren(...(found ? thing(found, editor) : floorSettings(editor)));
}

/** Changes the selected thing: fn gets the plan and the thing as it is now. */
function change(editor, id, fn) {
  editor.commit((plan) => fn(plan, find(plan, id)));
}

function thing(found, editor) {
  const st = editor.state;
  const it = found.item;
  const kind = kindOf(found);
  const id = it.id;
  const level = st.plan.floors[st.floor].level;
  const parts = [h('h3', { id: 'fp-panel-title' }, t('floorplan.kind.' + kind) + ' · ' + id)];
  const problems = st.problems.filter((p) => p.id === id);
  if (problems.length) {
    parts.push(h('ul', { class: 'fp-item-problems', 'aria-label': t('floorplan.problemsHere') }, problems.map((p) => h('li', { class: 'field-error' }, problemText(p.error)))));
  }
  if (kind === 'counter') parts.push(binding(found, editor));
  else {
    parts.push(textField('id', t('floorplan.id'), id, (v) => {
      if (!ID.test(v)) return editor.say(t('floorplan.badId'), 'error');
      if (v !== id && find(st.plan, v)) return editor.say(t('floorplan.idTaken', { id: v }), 'error');
      editor.commit((plan) => rename(plan, id, v));
      editor.select(v);
    }, { pattern: '[a-z][a-z0-9\\-]*', 'aria-describedby': 'fp-id-hint' }), h('p', { class: 'hint', id: 'fp-id-hint' }, t('floorplan.idHint')));
  }
  if (found.list === 'elements' || found.list === 'connectors') {
    parts.push(bilingualField('name', t('floorplan.name'), it.name, (v) => change(editor, id, (p, f) => { f.item.name = v; })));
  } else if (found.list === 'obstacles') {
    parts.push(bilingualField('name', t('floorplan.name'), it.name, (v) => change(editor, id, (p, f) => {
      if (v['zh-CN'] || v.en) f.item.name = v;
      else delete f.item.name;
    }), true));
  }
  parts.push(position(found, editor, level));
  if (kind === 'counter') {
    parts.push(bilingualField('label', t('floorplan.counterLabel'), it.label, (v) => change(editor, id, (p, f) => {
      if (v['zh-CN'] || v.en) f.item.label = v;
      else delete f.item.label;
    }), true));
  }
  if (['counter', 'kiosk', 'display'].includes(kind)) {
    parts.push(selectField('facing', t('floorplan.facing'), [{ value: '', label: t('floorplan.facingNone') }, ...FACINGS.map((v) => ({ value: v, label: t('floorplan.facing.' + v) }))], it.facing || '',
      (v) => change(editor, id, (p, f) => { if (v) f.item.facing = v; else delete f.item.facing; })));
  }
  if (kind === 'display') parts.push(displayZone(found, editor));
  if (kind === 'zone') {
    parts.push(numberField('seats', t('floorplan.seats'), it.seats, (v) => change(editor, id, (p, f) => { f.item.seats = Math.max(0, Math.round(v)); }), { step: '1', min: '0' }));
    const counters = st.plan.floors.flatMap((f) => f.elements || []).filter((e) => e.type === 'counter');
    parts.push(checksField('counters', t('floorplan.zoneCounters'), counters.map((c) => ({ value: c.id, label: pick(c.name) })), it.counters,
      (v) => change(editor, id, (p, f) => { f.item.counters = v; })));
  }
  if (found.list === 'walls') parts.push(numberField('thickness', t('floorplan.thickness'), it.thickness, (v) => change(editor, id, (p, f) => { if (v > 0) f.item.thickness = v; }), { step: '0.05', min: '0.05' }));
  const types = { obstacles: OBSTACLE_TYPES, levelChanges: LEVEL_CHANGE_TYPES, connectors: CONNECTOR_TYPES }[found.list];
  if (types) {
    parts.push(selectField('type', t('floorplan.type'), types.map((v) => ({ value: v, label: t('floorplan.kind.' + (found.list === 'connectors' && v === 'ramp' ? 'connectorRamp' : v)) })), it.type,
      (v) => change(editor, id, (p, f) => { f.item.type = v; })));
  }
  if (found.list === 'connectors') {
    parts.push(checkField('accessible', t('floorplan.accessible'), it.accessible, (v) => change(editor, id, (p, f) => { f.item.accessible = v; })));
    parts.push(h('p', { class: 'hint' }, t('floorplan.stops', { floors: it.stops.map((s) => s.floor).join(', ') })));
  }
  parts.push(h('div', { class: 'buttons' },
    h('button', { type: 'button', class: 'danger', 'data-action': 'delete', onclick: () => editor.removeSelected() }, t('floorplan.delete'))));
  return parts;
}

function position(found, editor, level) {
  const a = anchor(found, level);
  const at = (axis) => (v) => editor.commit((plan) => {
    const now = find(plan, found.item.id);
    moveTo(plan, structuredClone(now), axis === 'x' ? [v, a[1]] : [a[0], v], level, axis);
  });
  const rows = [numberField('at.x', t('floorplan.x'), a[0], at('x')), numberField('at.y', t('floorplan.y'), a[1], at('y'))];
  const pts = found.list === 'obstacles' || found.list === 'levelChanges' ? found.item.polygon : null;
  if (pts && pts.length === 4) {
    const b = bounds(pts);
    const size = (dw, dh) => editor.commit((plan) => {
      const f = find(plan, found.item.id);
      const w = Math.max(0.5, dw ?? b.w);
      const hh = Math.max(0.5, dh ?? b.h);
      if (w === b.w && hh === b.h) return; // the size it has: nothing to change
      const r = (v) => Math.round(v * 1000) / 1000;
      f.item.polygon = [[b.x, b.y], [r(b.x + w), b.y], [r(b.x + w), r(b.y + hh)], [b.x, r(b.y + hh)]];
    });
    rows.push(numberField('size.w', t('floorplan.width'), b.w, (v) => size(v, null), { min: '0.5' }), numberField('size.h', t('floorplan.depth'), b.h, (v) => size(null, v), { min: '0.5' }));
  }
  return h('fieldset', { class: 'fp-position' }, h('legend', {}, t('floorplan.position')), h('div', { class: 'fp-pair' }, rows));
}

function binding(found, editor) {
  const st = editor.state;
  const id = found.item.id;
  const placed = new Set(st.plan.floors.flatMap((f) => (f.elements || []).map((e) => e.id)));
  const options = st.counters.map((c) => ({
    value: c.id,
    label: c.number + ' · ' + pick(c.name) + (c.id !== id && placed.has(c.id) ? ' (' + t('floorplan.alreadyPlaced') + ')' : ''),
    disabled: c.id !== id && placed.has(c.id),
  }));
  const bound = st.counters.some((c) => c.id === id);
  if (!bound) options.unshift({ value: id, label: t('floorplan.notBound', { id }) });
  const field = selectField('binding', t('floorplan.binding'), options, id, (v) => {
    const counter = st.counters.find((c) => c.id === v);
    if (!counter) return;
    editor.commit((plan) => bindCounter(plan, id, counter));
    editor.select(counter.id);
  });
  return h('div', {}, field,
    h('p', { class: bound ? 'hint' : 'field-error' }, bound ? t('floorplan.boundHint', { number: found.item.number }) : t('floorplan.unbound')));
}

function displayZone(found, editor) {
  const st = editor.state;
  const zones = st.plan.floors.flatMap((f) => f.elements || []).filter((e) => e.type === 'zone');
  const options = zones.map((z) => ({ value: z.id, label: pick(z.name) + ' (' + z.id + ')' }));
  if (!zones.some((z) => z.id === found.item.zone)) options.unshift({ value: found.item.zone || '', label: t('floorplan.noSuchZone', { id: found.item.zone || '–' }) });
  return selectField('zone', t('floorplan.displayZone'), options, found.item.zone || '', (v) => change(editor, found.item.id, (p, f) => { f.item.zone = v; }));
}

function floorSettings(editor) {
  const st = editor.state;
  const f = st.floor;
  const floor = st.plan.floors[f];
  const floorChange = (fn) => editor.commit((plan) => fn(plan.floors[f]));
  return [
    h('h3', { id: 'fp-panel-title' }, t('floorplan.floorSettings', { name: pick(floor.name) })),
    h('p', { class: 'hint' }, t('floorplan.nothingSelected')),
    bilingualField('floor.name', t('floorplan.floorName'), floor.name, (v) => floorChange((x) => { x.name = v; })),
    h('div', { class: 'fp-pair' },
      numberField('floor.width', t('floorplan.floorWidth'), floor.width, (v) => floorChange((x) => { if (v > 0) x.width = v; }), { min: '1' }),
      numberField('floor.depth', t('floorplan.floorDepth'), floor.depth, (v) => floorChange((x) => { if (v > 0) x.depth = v; }), { min: '1' })),
    h('h3', {}, t('floorplan.planSettings')),
    bilingualField('plan.name', t('floorplan.planName'), st.plan.name, (v) => editor.commit((plan) => { plan.name = v; })),
    checkField('plan.stepFreeRequired', t('floorplan.stepFreeRequired'), !!st.plan.stepFreeRequired, (v) => editor.commit((plan) => { plan.stepFreeRequired = v; })),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', class: 'secondary', 'data-action': 'add-floor', onclick: () => { let added; editor.commit((plan) => { added = addFloor(plan); }); editor.showFloor(added); } }, t('floorplan.addFloor'))),
  ];
}
