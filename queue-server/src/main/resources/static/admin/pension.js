// The calculator's local figures: the average wage, the base range, the rates and the minimum
// years by year of retirement, edited by the manager as data (the formula is the server's).
import { api, ApiError } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, pick, lang } from '/kit/i18n.js';
import { problemText } from './problems.js';

const NUMBERS = ['year', 'averageMonthlyWage', 'baseMinPercent', 'baseMaxPercent', 'contributionRatePercent', 'personalAccountRatePercent'];

/** "2030 15.5" per line, as the manager reads the reform's steps, to and from the document. */
const stepsText = (steps) => steps.map((s) => `${s.fromYear} ${s.months / 12}`).join('\n');
const stepsOf = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
  const [year, years] = l.split(/[\s:=,]+/);
  return { fromYear: Number(year), months: Math.round(Number(years) * 12) };
});

export async function showPension(main) {
  const [loaded, services] = await Promise.all([api('GET', '/api/v1/admin/pension-figures'), api('GET', '/api/v1/admin/services')]);
  let version = loaded.version;
  const f = loaded.figures;
  const inputs = {};
  const errors = {};
  const field = (name, control) => {
    errors[name] = h('p', { class: 'field-error', 'data-error-for': 'figures.' + name, hidden: true });
    return h('div', { class: 'field' }, h('label', { for: 'pf-' + name }, t('pensionAdmin.' + name)), control, errors[name]);
  };
  const numbers = NUMBERS.map((name) => {
    inputs[name] = h('input', { id: 'pf-' + name, type: 'number', step: 'any', value: f[name] });
    return field(name, inputs[name]);
  });
  inputs.example = h('input', { id: 'pf-example', type: 'checkbox', checked: f.example });
  inputs.minimumYears = h('textarea', { id: 'pf-minimumYears', rows: 12, cols: 20 });
  inputs.minimumYears.value = stepsText(f.minimumYears);
  const boxes = services.map((s) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', value: s.code, checked: f.services.includes(s.code) }), ' ', `${s.code} · ${pick(s.name)}`));
  const save = h('button', { type: 'submit', id: 'pension-save' }, t('common.save'));
  const form = h('form', { class: 'pension-figures' },
    ...numbers,
    field('example', inputs.example),
    field('minimumYears', h('div', {}, h('p', { class: 'hint' }, t('pensionAdmin.minimumYearsHint')), inputs.minimumYears)),
    h('fieldset', {}, h('legend', {}, t('pensionAdmin.services')), ...boxes, errors.services = h('p', { class: 'field-error', hidden: true })),
    h('div', { class: 'buttons' }, save));
  main.replaceChildren(
    h('h2', {}, t('pensionAdmin.title')),
    h('p', { class: 'intro' }, t('pensionAdmin.intro')),
    h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    form,
    h('p', {}, h('a', { href: '/learn#calculator', target: '_blank', rel: 'noopener' }, t('pensionAdmin.preview'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    Object.values(errors).forEach((x) => { x.hidden = true; x.textContent = ''; });
    const figures = {
      ...Object.fromEntries(NUMBERS.map((n) => [n, inputs[n].value === '' ? null : Number(inputs[n].value)])),
      example: inputs.example.checked,
      minimumYears: stepsOf(inputs.minimumYears.value),
      services: boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value),
    };
    try {
      const saved = await api('PUT', `/api/v1/admin/pension-figures?version=${version}`, figures);
      version = saved.version;
      status(t('pensionAdmin.saved'));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      for (const p of err.problems) {
        const name = (p.field || '').replace(/^figures\./, '').replace(/\[.*$/, '');
        const box = errors[name];
        if (box) { box.textContent = problemText(p); box.hidden = false; }
      }
      status(err.status === 409 ? (err.body.messages?.[lang()] ?? err.message) : t('pensionAdmin.notSaved') + ' ' + err.problems.map(problemText).join(' '), 'error');
    }
  });
}
