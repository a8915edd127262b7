// Route preview: the way a visitor would walk between two places of the draft (saved or not),
// worked out by the server's floorplans library, drawn on the plan and told step by step.
import { api } from '/kit/api.js';
import { el as h } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';

export function createRoutePanel(editor) {
  const box = h('section', { class: 'fp-card fp-route-panel', 'aria-labelledby': 'fp-route-title' });
  const chosen = { from: null, to: null, stepFree: false };
  const result = h('div', { class: 'fp-route-result', 'aria-live': 'polite' });

  function places() {
    return editor.state.plan.floors.map((f) => ({
      floor: f,
      items: (f.elements || []).map((e) => ({ value: e.id, label: pick(e.name) + ' (' + e.id + ')' })),
    }));
  }

  function select(which, groups) {
    const id = 'fp-route-' + which;
    const ids = groups.flatMap((g) => g.items.map((i) => i.value));
    if (!ids.includes(chosen[which])) {
      const prefer = which === 'from' ? 'entrance' : 'counter';
      const first = editor.state.plan.floors.flatMap((f) => f.elements || []).find((e) => e.type === prefer);
      chosen[which] = first ? first.id : ids[0];
    }
    const s = h('select', { id, 'data-path': 'route.' + which },
      groups.map((g) => h('optgroup', { label: pick(g.floor.name) },
        g.items.map((i) => h('option', { value: i.value, selected: i.value === chosen[which] }, i.label)))));
    s.addEventListener('change', () => { chosen[which] = s.value; });
    return h('div', { class: 'field' }, h('label', { for: id }, t('floorplan.route.' + which)), s);
  }

  async function show() {
    try {
      const route = await api('POST', '/api/v1/admin/floorplan/route', { plan: editor.state.plan, from: chosen.from, to: chosen.to, stepFree: chosen.stepFree });
      editor.showRoute(route);
      result.replaceChildren(
        h('p', { class: 'fp-route-summary' }, h('strong', {}, t(route.stepFree ? 'floorplan.route.lengthStepFree' : 'floorplan.route.length', { m: Math.round(route.lengthMeters) }))),
        h('ol', { class: 'fp-steps' }, route.steps.map((step) => h('li', {}, pick(step)))),
      );
      editor.say(t('floorplan.route.shown'));
    } catch (e) {
      editor.showRoute(null);
      if (e.status === 400 && e.body.errors) {
        editor.showProblems(e.body.errors, '/plan');
        result.replaceChildren(h('p', { class: 'status error' }, t('floorplan.route.invalid')));
      } else if (e.status === 404) {
        result.replaceChildren(h('p', { class: 'status error', 'data-no-route': '' }, (e.body.messages && pick(e.body.messages)) || e.message));
      } else {
        result.replaceChildren(h('p', { class: 'status error' }, t('form.serverError', { status: e.status }) + (e.body.detail || '')));
      }
    }
  }

  function render() {
    if (!editor.state.route && result.querySelector('.fp-steps')) result.replaceChildren(); // the plan changed since
    const groups = places();
    const id = 'fp-route-stepfree';
    const step = h('input', { id, type: 'checkbox', checked: chosen.stepFree, 'data-path': 'route.stepFree' });
    step.addEventListener('change', () => { chosen.stepFree = step.checked; });
    box.replaceChildren(
      h('h3', { id: 'fp-route-title' }, t('floorplan.route.title')),
      select('from', groups),
      select('to', groups),
      h('div', { class: 'field check' }, step, h('label', { for: id }, t('floorplan.route.stepFree'))),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'fp-route-show', onclick: show }, t('floorplan.route.show')),
        h('button', { type: 'button', class: 'secondary', onclick: () => { editor.showRoute(null); result.replaceChildren(); } }, t('floorplan.route.clear'))),
      result,
    );
  }

  return { element: box, render };
}
