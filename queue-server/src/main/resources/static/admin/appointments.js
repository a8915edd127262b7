// Appointments: the slot rules per service, holidays, the check-in window and call rule, and what
// the bookings of a day came to (issue 15). One document, saved whole; problems listed by field.
import { api } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, pick, percent } from '/kit/i18n.js';
import { problemText } from './problems.js';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);

export async function showAppointments(main) {
  const [doc, services] = await Promise.all([
    api('GET', '/api/v1/admin/appointments/rules'),
    api('GET', '/api/v1/services'),
  ]);
  const rules = doc.rules.map((r) => ({ ...r }));
  const holidays = [...doc.holidays];
  const problems = h('div', { class: 'form-problems', role: 'alert', tabindex: '-1', hidden: true });
  const rulesSlot = h('div');
  const holidaysSlot = h('div');
  const statsSlot = h('section', { 'aria-labelledby': 'appt-stats-title' });
  const number = (id, label, value, min, max) => h('label', { for: id }, t(label), ' ',
    h('input', { id, type: 'number', min, max, value, class: 'short' }));
  const settings = h('fieldset', { class: 'appt-settings' },
    h('legend', {}, t('appointments.settings')),
    number('appt-before', 'appointments.before', doc.checkInBeforeMinutes, 0, 240), ' ',
    number('appt-after', 'appointments.after', doc.checkInAfterMinutes, 0, 240), ' ',
    number('appt-ahead', 'appointments.bookAhead', doc.bookAheadDays, 1, 366), ' ',
    h('label', { for: 'appt-call' }, t('appointments.callRule'), ' ',
      h('select', { id: 'appt-call' }, ['AHEAD', 'IN_TURN'].map((v) =>
        h('option', { value: v, selected: doc.callRule === v }, t('appointments.callRule.' + v))))));
  main.replaceChildren(
    h('h2', {}, t('appointments.title')),
    h('p', { class: 'intro' }, t('appointments.intro')),
    h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    problems,
    settings,
    h('h3', {}, t('appointments.rules')),
    rulesSlot,
    h('button', { type: 'button', class: 'secondary', id: 'appt-add-rule', onclick: () => { rules.push({ service: services[0]?.code, days: DAYS.slice(0, 5), opens: '09:00', closes: '11:30', slotMinutes: 30, places: 4, counterShare: 20 }); drawRules(); } }, t('appointments.addRule')),
    h('h3', {}, t('appointments.holidays')),
    holidaysSlot,
    h('div', { class: 'toolbar' }, h('button', { type: 'button', id: 'appt-save', onclick: save }, t('common.save'))),
    statsSlot,
  );

  function drawRules() {
    rulesSlot.replaceChildren(h('table', { class: 'list', id: 'appt-rules' },
      h('thead', {}, h('tr', {}, ['appointments.service', 'appointments.days', 'appointments.opens', 'appointments.closes', 'appointments.slotMinutes', 'appointments.places', 'appointments.share', 'common.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, rules.map((r, i) => h('tr', { 'data-rule': i },
        h('td', {}, h('select', { 'aria-label': t('appointments.service'), onchange: (e) => { r.service = e.target.value; } },
          services.map((s) => h('option', { value: s.code, selected: s.code === r.service }, `${s.code} · ${pick(s.name)}`)))),
        h('td', { class: 'days' }, DAYS.map((d) => h('label', { class: 'day' },
          h('input', { type: 'checkbox', checked: r.days.includes(d), onchange: (e) => { r.days = e.target.checked ? DAYS.filter((x) => x === d || r.days.includes(x)) : r.days.filter((x) => x !== d); } }),
          t('appointments.day.' + d)))),
        ...['opens', 'closes'].map((k) => h('td', {}, h('input', { type: 'time', value: r[k], 'data-path': `rules[${i}].${k}`, 'aria-label': t('appointments.' + k), onchange: (e) => { r[k] = e.target.value; } }))),
        ...['slotMinutes', 'places', 'counterShare'].map((k) => h('td', {}, h('input', { type: 'number', class: 'short', value: r[k], 'data-path': `rules[${i}].${k}`, 'aria-label': t(k === 'counterShare' ? 'appointments.share' : 'appointments.' + k), onchange: (e) => { r[k] = Number(e.target.value); } }))),
        h('td', { class: 'actions' }, h('button', { type: 'button', class: 'danger small', onclick: () => { rules.splice(i, 1); drawRules(); } }, t('common.delete'))))))));
  }

  function drawHolidays() {
    const input = h('input', { type: 'date', id: 'appt-holiday', 'aria-label': t('appointments.holiday') });
    holidaysSlot.replaceChildren(
      h('ul', { class: 'holidays' }, holidays.map((d, i) => h('li', {}, d, ' ',
        h('button', { type: 'button', class: 'danger small', onclick: () => { holidays.splice(i, 1); drawHolidays(); } }, t('common.delete'))))),
      input, ' ',
      h('button', { type: 'button', class: 'secondary', id: 'appt-add-holiday', onclick: () => { if (input.value && !holidays.includes(input.value)) { holidays.push(input.value); holidays.sort(); drawHolidays(); } } }, t('appointments.addHoliday')));
  }

  async function save() {
    const body = {
      rules,
      holidays,
      checkInBeforeMinutes: Number(document.getElementById('appt-before').value),
      checkInAfterMinutes: Number(document.getElementById('appt-after').value),
      bookAheadDays: Number(document.getElementById('appt-ahead').value),
      callRule: document.getElementById('appt-call').value,
    };
    try {
      await api('PUT', '/api/v1/admin/appointments/rules', body);
      problems.hidden = true;
      status(t('app.saved'));
    } catch (e) {
      const list = e.problems.length ? e.problems : [{ message: e.detail || e.message }];
      problems.hidden = false;
      problems.replaceChildren(h('p', {}, t('form.errorsTitle', { n: list.length })),
        h('ul', {}, list.map((p) => h('li', {}, (p.field ? p.field + ': ' : '') + problemText(p)))));
      problems.focus();
    }
  }

  async function drawStats() {
    const s = await api('GET', '/api/v1/admin/appointments/stats?from=' + today());
    const share = (v) => (v == null ? '–' : percent(v));
    statsSlot.replaceChildren(
      h('h3', { id: 'appt-stats-title' }, t('appointments.statsTitle')),
      h('dl', { class: 'figures', id: 'appt-stats' },
        [['appointments.bookings', s.bookings], ['appointments.checkedIn', s.checkedIn], ['appointments.noShows', s.noShows],
          ['appointments.cancelled', s.cancelled], ['appointments.upcoming', s.upcoming],
          ['appointments.onTime', share(s.onTimeShare)], ['appointments.noShowShare', share(s.noShowShare)]]
          .flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, String(v))])));
  }

  drawRules();
  drawHolidays();
  await drawStats();
}
