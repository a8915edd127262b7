// The contribution and pension calculator: the visitor picks a base, years and retirement age;
// the server (/api/v1/pension/estimate) works out the contribution and the pension with the
// office's figures and writes the formula out; this page only shows it.
import { api, ApiError } from '/kit/api.js';
import { el, debounce } from '/kit/dom.js';
import { t, pick, lang } from '/kit/i18n.js';

const yuan = (n) => Math.round(n).toLocaleString('en');

/** Mounts the calculator in box; figures are /api/v1/pension/figures. Returns { draw }. */
export function mountCalculator(box, figures) {
  const thisYear = Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
  const state = { basePercent: figures.baseMinPercent, years: 15, retirementAge: 60, retirementYear: thisYear, answer: null, problems: [] };
  const ages = Array.from({ length: 16 }, (_, i) => 50 + i);

  function field(id, labelKey, hintKey, control) {
    return el('div', {}, el('label', { for: id }, t(labelKey), hintKey ? el('span', { class: 'hint' }, ' ', t(hintKey)) : null), control);
  }

  const slots = {};
  const problemSlot = (name) => (slots[name] = el('div', { class: 'problem-slot' }));

  function problemFor(name) {
    const p = state.problems.find((x) => x.field === name);
    return p ? el('p', { class: 'problem', role: 'alert', id: `problem-${name}` }, p.messages?.[lang()] ?? p.message) : null;
  }

  const ask = debounce(async () => {
    const q = new URLSearchParams({ basePercent: state.basePercent, years: state.years, retirementAge: state.retirementAge, retirementYear: state.retirementYear });
    try {
      state.answer = await api('GET', `/api/v1/pension/estimate?${q}`);
      state.problems = [];
    } catch (e) {
      state.answer = null;
      state.problems = e instanceof ApiError && e.status === 400 ? e.problems : [{ field: 'all', message: t('learn.loadFailed'), messages: null }];
    }
    view.drawResults();
  }, 150);

  function set(name, value) {
    state[name] = value;
    ask();
  }

  function results() {
    const a = state.answer;
    if (!a) return problemFor('all');
    const e = a.estimate;
    return el('div', { id: 'calc-results' },
      el('dl', { class: 'results' },
        el('div', {}, el('dt', {}, t('pension.contribution')), el('dd', { id: 'calc-contribution' }, t('pension.yuanMonth', { n: yuan(e.monthlyContribution) }))),
        el('div', {}, el('dt', {}, t('pension.pension')), el('dd', { id: 'calc-pension' }, t('pension.yuanMonth', { n: yuan(a.monthlyPension) })))),
      a.enoughYears ? null : el('p', { class: 'warn', id: 'calc-too-few' }, t('pension.tooFew', { years: e.years, minimum: e.minimumMonths / 12, year: a.retirementYear })),
      el('h3', {}, t('pension.formula')),
      el('ol', { class: 'formula', id: 'calc-formula' }, a.formula.map((line) => el('li', { dataset: { key: line.key } }, pick(line.text)))),
      el('p', { class: 'note' }, t('pension.note'), ' ', t(a.example ? 'pension.figuresExample' : 'pension.figures', { year: a.figuresYear })));
  }

  const resultsBox = el('div', { 'aria-live': 'polite' });
  const view = {
    /** The whole calculator, in the page's language (on start and on a language switch). */
    draw() {
      const baseText = () => t('pension.baseValue', { percent: state.basePercent, yuan: yuan(figures.averageMonthlyWage * state.basePercent / 100) });
      const out = el('output', { for: 'calc-base', id: 'calc-base-value' }, baseText());
      const base = el('input', { type: 'range', id: 'calc-base', min: figures.baseMinPercent, max: figures.baseMaxPercent, step: 10, value: state.basePercent,
        oninput: (ev) => { set('basePercent', Number(ev.target.value)); out.textContent = baseText(); } });
      const years = el('input', { type: 'number', id: 'calc-years', inputmode: 'numeric', min: 1, max: 50, value: state.years,
        onchange: (ev) => set('years', ev.target.value) });
      const age = el('select', { id: 'calc-age', onchange: (ev) => set('retirementAge', ev.target.value) },
        ages.map((n) => el('option', { value: n, selected: n === Number(state.retirementAge) }, t('pension.ageOption', { n }))));
      const year = el('input', { type: 'number', id: 'calc-year', inputmode: 'numeric', min: thisYear, max: 2100, value: state.retirementYear,
        onchange: (ev) => set('retirementYear', ev.target.value) });
      box.replaceChildren(
        el('p', {}, t('pension.intro')),
        field('calc-base', 'pension.base', null, [base, out]), problemSlot('basePercent'),
        field('calc-years', 'pension.years', 'pension.yearsHint', years), problemSlot('years'),
        field('calc-age', 'pension.age', 'pension.ageHint', age), problemSlot('retirementAge'),
        field('calc-year', 'pension.year', 'pension.yearHint', year), problemSlot('retirementYear'),
        resultsBox);
      view.drawResults();
    },
    /** The answer and the problems only, so that a control keeps its focus while it is used. */
    drawResults() {
      Object.entries(slots).forEach(([name, slot]) => slot.replaceChildren(problemFor(name) ?? ''));
      resultsBox.replaceChildren(results() ?? '');
      box.dataset.ready = state.answer || state.problems.length ? 'true' : 'false';
    },
  };
  view.draw();
  ask();
  return view;
}
