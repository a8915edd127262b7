// The floor plan section: a grid editor for the office's plan (place, move, reshape, delete, undo,
// save with the server's checks shown on the things they concern, route preview) and its versions.
import { api } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';
import { History, find, create, remove, moveTo, anchor, GRID } from './floorplan-model.js';
import { createCanvas } from './floorplan-canvas.js';
import { renderPanel } from './floorplan-panel.js';
import { placeProblems, problemsById, counterChecks, renderProblems } from './floorplan-problems.js';
import { createRoutePanel } from './floorplan-route.js';
import { createVersions } from './floorplan-versions.js';
import { createPalette, legend } from './floorplan-palette.js';
import { createTabs } from './floorplan-tabs.js';

// The draft outlives a re-render of the section (a language switch), not a page load.
let kept = null;
let current = null;

export async function showFloorplan(main) {
  const [saved, counters] = await Promise.all([
    api('GET', '/api/v1/floorplan').catch((e) => (e.status === 404 ? null : Promise.reject(e))),
    api('GET', '/api/v1/admin/counters'),
  ]);
  if (!saved) {
    main.replaceChildren(h('h2', {}, t('floorplan.title')), h('p', {}, t('floorplan.none')));
    return;
  }
  const savedJson = JSON.stringify(saved);
  const resume = kept && kept.savedJson === savedJson && JSON.stringify(kept.plan) !== savedJson;
  const editor = createEditor(main, resume ? kept : { plan: saved, savedJson, history: new History(), floor: 0 }, counters);
  current = editor;
  await editor.start(resume);
}

function createEditor(main, session, counters) {
  const state = {
    plan: session.plan,
    floor: Math.min(session.floor, session.plan.floors.length - 1),
    selected: null,
    armed: null,
    counters,
    problems: session.problems || [],
    problemsById: new Map(),
    unbound: new Set(),
    route: null,
    checked: false,
  };
  const history = session.history;
  let savedJson = session.savedJson;
  kept = session;

  const statusBox = h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const panelBox = h('section', { class: 'fp-card fp-panel', 'aria-labelledby': 'fp-panel-title' });
  const checksBox = h('section', { class: 'fp-card fp-checks', 'aria-labelledby': 'fp-checks-title', tabindex: '-1' });
  const floorSlot = h('div', { class: 'fp-floor-pick' });
  const pickSlot = h('div', { class: 'fp-pick' });
  const dirtyNote = h('span', { class: 'fp-dirty', 'data-dirty': 'false' });
  const button = (id, key, onclick, attrs = {}) => h('button', { type: 'button', id, class: 'secondary', onclick, ...attrs }, t(key));
  const undoButton = button('fp-undo', 'floorplan.undo', () => editor.undo(), { 'aria-keyshortcuts': 'Control+Z' });
  const redoButton = button('fp-redo', 'floorplan.redo', () => editor.redo(), { 'aria-keyshortcuts': 'Control+Y' });
  const saveButton = h('button', { type: 'button', id: 'fp-save', onclick: () => editor.save() }, t('floorplan.save'));

  const editor = {
    state,
    say: (message, kind = 'ok') => status(message, kind),
    dirty: () => JSON.stringify(state.plan) !== savedJson,
    arm(kind) {
      state.armed = kind;
      if (kind) editor.say(t('floorplan.placeHint', { kind: t('floorplan.kind.' + kind) }));
      refresh();
    },
    disarm() {
      if (state.armed) editor.arm(null);
    },
    select(id, show = false) {
      state.selected = id;
      if (id) tabs.show('properties');
      const found = id && find(state.plan, id);
      if (found && found.floor !== null && found.floor !== state.floor) state.floor = found.floor;
      refresh();
      if (show && found) canvas.svg.focus({ preventScroll: false });
    },
    showFloor(f) {
      state.floor = f;
      state.selected = null;
      refresh();
      canvas.fit();
    },
    commit(mutate) {
      history.record(state.plan);
      mutate(state.plan);
      editor.changed();
    },
    beginChange: () => history.record(state.plan),
    finishChange: () => editor.changed(),
    /** After an edit: a no-op leaves no undo step; a real change hides a route drawn before it. */
    changed() {
      if (history.settle(state.plan)) state.route = null;
      refresh();
    },
    place(point) {
      const kind = state.armed;
      let id;
      editor.commit((plan) => { id = create(plan, state.floor, kind, point, state.counters); });
      state.armed = null;
      editor.select(id);
      const found = find(state.plan, id);
      editor.say(t('floorplan.placed', { name: pick(found.item.name) || id, id }));
    },
    nudge(dx, dy, times) {
      const found = find(state.plan, state.selected);
      if (!found) return;
      const level = state.plan.floors[state.floor].level;
      const a = anchor(found, level);
      editor.commit((plan) => moveTo(plan, structuredClone(found), [a[0] + dx * GRID * times, a[1] + dy * GRID * times], level, dx ? 'x' : 'y'));
      const now = anchor(find(state.plan, state.selected), level);
      editor.say(t('floorplan.movedTo', { id: state.selected, x: now[0], y: now[1] }));
    },
    removeSelected() {
      const id = state.selected;
      if (!id) return;
      state.selected = null;
      editor.commit((plan) => remove(plan, id));
      editor.say(t('floorplan.deleted', { id }));
      canvas.svg.focus();
    },
    undo() {
      const plan = history.undo(state.plan);
      if (plan) replacePlan(plan, 'floorplan.undone');
    },
    redo() {
      const plan = history.redo(state.plan);
      if (plan) replacePlan(plan, 'floorplan.redone');
    },
    showRoute(route) {
      state.route = route;
      if (route && route.path.length) {
        const f = state.plan.floors.findIndex((x) => x.level === route.path[0].floor);
        if (f >= 0) state.floor = f;
      }
      refresh();
    },
    showProblems(errors, prefix = '') {
      state.problems = placeProblems(state.plan, errors, prefix);
      state.checked = true;
      refresh();
      tabs.show('checks');
    },
    async save() {
      saveButton.disabled = true;
      const sent = JSON.parse(JSON.stringify(state.plan));
      try {
        await api('PUT', '/api/v1/floorplan', sent);
        savedJson = JSON.stringify(sent);
        Object.assign(session, { savedJson });
        state.problems = [];
        state.checked = true;
        editor.say(t('floorplan.savedOk'));
        await versions.load();
      } catch (e) {
        if (e.status === 400 && e.body.errors) {
          state.problems = placeProblems(sent, e.body.errors);
          editor.say(t('floorplan.notSaved', { n: e.body.errors.length }), 'error');
          refresh();
          tabs.show('checks');
          checksBox.focus();
          return;
        }
        editor.say(e.status === 0 ? t('form.networkError') : t('form.serverError', { status: e.status }) + (e.body.detail || ''), 'error');
      } finally {
        saveButton.disabled = false;
        refresh();
      }
    },
    async start(resumed) {
      refresh();
      canvas.fit();
      await versions.load();
      if (resumed) editor.say(t('floorplan.draftKept'));
    },
  };

  function replacePlan(plan, said) {
    state.plan = plan;
    state.route = null;
    session.plan = plan;
    if (!find(plan, state.selected)) state.selected = null;
    if (state.floor >= plan.floors.length) state.floor = 0;
    refresh();
    editor.say(t(said));
  }

  const canvas = createCanvas(editor);
  const palette = createPalette(editor);
  const route = createRoutePanel(editor);
  const versions = createVersions(editor, async () => {
    const plan = await api('GET', '/api/v1/floorplan');
    savedJson = JSON.stringify(plan);
    Object.assign(session, { savedJson });
    history.clear();
    state.problems = [];
    state.route = null;
    replacePlan(plan, 'floorplan.restored');
    canvas.fit();
  });

  const tabs = createTabs([
    { name: 'properties', label: () => t('floorplan.tab.properties'), element: panelBox },
    { name: 'checks', label: () => (state.problems.length ? '⚠ ' : '') + t('floorplan.tab.checks', { n: state.problems.length }), element: checksBox },
    { name: 'route', label: () => t('floorplan.tab.route'), element: route.element },
  ], t('floorplan.tabs'));

  function floorPicker() {
    const floors = state.plan.floors;
    if (floors.length < 2) return h('p', { class: 'fp-floor-name' }, pick(floors[state.floor].name));
    const s = h('select', { id: 'fp-floor', 'data-path': 'floor' }, floors.map((f, i) => h('option', { value: String(i), selected: i === state.floor }, pick(f.name))));
    s.addEventListener('change', () => editor.showFloor(Number(s.value)));
    return h('div', { class: 'field inline' }, h('label', { for: 'fp-floor' }, t('floorplan.floor')), s);
  }

  function itemPicker() {
    const floor = state.plan.floors[state.floor];
    const lists = ['elements', 'walls', 'obstacles', 'levelChanges'];
    const options = [h('option', { value: '' }, t('floorplan.pickNone'))];
    lists.forEach((list) => (floor[list] || []).forEach((it) => {
      const problem = state.problemsById.has(it.id) ? '⚠ ' : '';
      const name = it.name ? pick(it.name) : t('floorplan.kind.' + (list === 'walls' ? 'wall' : it.type));
      options.push(h('option', { value: it.id, selected: it.id === state.selected }, problem + name + ' (' + it.id + ')'));
    }));
    (state.plan.connectors || []).filter((c) => c.stops.some((s) => s.floor === floor.level))
      .forEach((c) => options.push(h('option', { value: c.id, selected: c.id === state.selected }, pick(c.name) + ' (' + c.id + ')')));
    const s = h('select', { id: 'fp-pick', 'data-path': 'pick' }, options);
    s.addEventListener('change', () => editor.select(s.value || null));
    return h('div', { class: 'field' }, h('label', { for: 'fp-pick' }, t('floorplan.pick')), s);
  }

  function refresh() {
    const focusedPath = document.activeElement && panelBox.contains(document.activeElement) ? document.activeElement.dataset.path : null;
    const checks = counterChecks(state.plan, state.counters);
    state.unbound = checks.unbound;
    state.problemsById = problemsById(state.problems);
    session.plan = state.plan;
    session.floor = state.floor;
    session.problems = state.problems;
    canvas.render();
    palette.render();
    renderPanel(panelBox, editor);
    renderProblems(checksBox, editor);
    route.render();
    tabs.relabel();
    floorSlot.replaceChildren(floorPicker());
    pickSlot.replaceChildren(itemPicker());
    undoButton.disabled = !history.past.length;
    redoButton.disabled = !history.future.length;
    const dirty = editor.dirty();
    dirtyNote.dataset.dirty = String(dirty);
    dirtyNote.textContent = dirty ? t('floorplan.unsaved') : t('floorplan.allSaved');
    if (focusedPath) {
      const again = panelBox.querySelector(`[data-path="${CSS.escape(focusedPath)}"]`);
      if (again) again.focus();
    }
  }

  main.replaceChildren(
    h('h2', {}, t('floorplan.title')),
    h('p', { class: 'intro fp-intro' }, t('floorplan.editorIntro')),
    h('div', { class: 'fp-toolbar' },
      h('div', { class: 'fp-tools', role: 'toolbar', 'aria-label': t('floorplan.toolbar') },
        floorSlot,
        undoButton, redoButton,
        button('fp-zoom-out', 'floorplan.zoomOut', () => canvas.zoom(0.8)),
        button('fp-zoom-in', 'floorplan.zoomIn', () => canvas.zoom(1.25)),
        button('fp-fit', 'floorplan.fit', () => canvas.fit())),
      statusBox,
      dirtyNote,
      saveButton),
    h('div', { class: 'fp-layout' },
      palette.element,
      h('div', { class: 'fp-drawing' },
        canvas.element,
        legend(),
        h('p', { class: 'hint fp-keys', id: 'fp-keys' }, t('floorplan.keys'))),
      h('div', { class: 'fp-side' }, h('div', { class: 'fp-card' }, pickSlot), tabs.element)),
    versions.element,
  );
  return editor;
}

// Leaving with unsaved changes asks first: closing the tab, or another section of the console.
function active() {
  const main = document.getElementById('main');
  return current && main && main.dataset.section === 'floorplan' && current.dirty();
}

window.addEventListener('beforeunload', (e) => {
  if (active()) {
    e.preventDefault();
    e.returnValue = '';
  }
});

document.addEventListener('click', (e) => {
  const link = e.target.closest && e.target.closest('nav a[href^="#"], #language');
  if (!link || !active() || link.getAttribute('href') === '#floorplan' || link.id === 'language') return;
  if (!confirm(t('floorplan.leaveConfirm'))) {
    e.preventDefault();
    e.stopImmediatePropagation();
  } else kept = null;
}, true);

document.addEventListener('keydown', (e) => {
  const main = document.getElementById('main');
  if (!current || !main || main.dataset.section !== 'floorplan' || !(e.ctrlKey || e.metaKey)) return;
  if (e.target.matches && e.target.matches('input[type=text], input[type=number], textarea')) return;
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) current.undo();
  else if (key === 'y' || (key === 'z' && e.shiftKey)) current.redo();
  else return;
  e.preventDefault();
});
