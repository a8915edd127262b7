// What is wrong with the plan: the server's problems, each tied to the thing its JSON pointer
// names (click one to select it), and counters that are not bound to the office's counters.
import { el as h } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';
import { problemText } from './problems.js';
import { target, find } from './floorplan-model.js';
import { nameOf } from './floorplan-symbols.js';

/**
 * The server's problems as the editor keeps them: each with the id and floor it concerns, worked
 * out against the plan that was sent (prefix is where the plan sat in the request, e.g. /plan).
 */
export function placeProblems(plan, errors, prefix = '') {
  return errors.map((error) => {
    const pointer = error.field && error.field.startsWith(prefix + '/') ? error.field.slice(prefix.length) : error.field || '';
    return { error, pointer, ...target(plan, pointer) };
  });
}

export function problemsById(problems) {
  const map = new Map();
  problems.filter((p) => p.id).forEach((p) => {
    if (!map.has(p.id)) map.set(p.id, []);
    map.get(p.id).push(problemText(p.error));
  });
  return map;
}

/** Counters on the plan that are none of the office's counters, and office counters not placed. */
export function counterChecks(plan, counters) {
  const known = new Set(counters.map((c) => c.id));
  const onPlan = plan.floors.flatMap((f) => (f.elements || []).filter((e) => e.type === 'counter'));
  return {
    unbound: new Set(onPlan.filter((c) => !known.has(c.id)).map((c) => c.id)),
    missing: counters.filter((c) => !onPlan.some((e) => e.id === c.id)),
  };
}

export function renderProblems(box, editor) {
  const st = editor.state;
  const { unbound, missing } = counterChecks(st.plan, st.counters);
  const parts = [h('h3', { id: 'fp-checks-title' }, t('floorplan.checksTitle'))];
  if (st.problems.length) {
    parts.push(h('p', { class: 'status error' }, t('floorplan.problemsCount', { n: st.problems.length })));
    parts.push(h('ul', { class: 'fp-problems' }, st.problems.map((p) => {
      const found = p.id && find(st.plan, p.id);
      const text = problemText(p.error);
      if (!found) {
        const where = p.floor !== undefined && st.plan.floors[p.floor] ? pick(st.plan.floors[p.floor].name) : t('floorplan.wholePlan');
        return h('li', { 'data-field': p.error.field }, h('strong', {}, where + ': '), text);
      }
      return h('li', { 'data-field': p.error.field, 'data-id': p.id },
        h('button', { type: 'button', class: 'link', onclick: () => editor.select(p.id, true) }, nameOf(found) + ' (' + p.id + ')'), ': ', text);
    })));
  } else if (st.checked) {
    parts.push(h('p', { class: 'status ok' }, t('floorplan.noProblems')));
  }
  if (unbound.size || missing.length) {
    parts.push(h('ul', { class: 'fp-warnings' },
      [...unbound].map((id) => h('li', { 'data-id': id },
        h('button', { type: 'button', class: 'link', onclick: () => editor.select(id, true) }, id), ': ', t('floorplan.unbound'))),
      missing.map((c) => h('li', { 'data-missing': c.id }, t('floorplan.missingCounter', { name: pick(c.name), id: c.id })))));
  } else if (!st.problems.length && !st.checked) {
    parts.push(h('p', { class: 'hint' }, t('floorplan.checksHint')));
  }
  box.replaceChildren(...parts);
}
