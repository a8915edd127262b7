// The set-up of 好差评: the rules (working days to follow up a bad rating, the hours a visit may
// be rated), the reasons visitors pick from, the holiday calendar, the counter each rating screen
// stands at, and the ratings' comments, which a manager may redact.
import { api } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, pick, when } from '/kit/i18n.js';
import { failure, level } from './rating-words.js';

let seq = 0;
const id = (name) => `rs-${name}-${++seq}`;

function field(label, control) {
  control.id ||= id('f');
  return h('div', { class: 'field inline' }, h('label', { for: control.id }, label), control);
}

async function save(method, path, body, reload) {
  try {
    await api(method, path, body);
    status(t('app.saved'));
    await reload();
  } catch (e) {
    failure(e);
  }
}

async function rules(out) {
  const r = await api('GET', '/api/v1/admin/ratings/rules');
  const days = h('input', { type: 'number', min: 1, max: 60, value: r.followUpDays, 'data-path': 'followUpDays' });
  const hours = h('input', { type: 'number', min: 1, max: 720, value: r.windowHours, 'data-path': 'windowHours' });
  out.replaceChildren(h('form', { class: 'editor', 'data-part': 'rules', onsubmit: (e) => {
    e.preventDefault();
    save('PUT', '/api/v1/admin/ratings/rules', { followUpDays: Number(days.value), windowHours: Number(hours.value) }, () => rules(out));
  } },
  h('h4', {}, t('rating.admin.rules')),
  field(t('rating.admin.followUpDays'), days),
  field(t('rating.admin.windowHours'), hours),
  h('button', { type: 'submit' }, t('rating.admin.save'))));
}

function rowsEditor(out, { part, title, hint, items, columns, blank, path, reload }) {
  const list = h('tbody');
  const row = (item) => h('tr', {},
    columns.map((c) => {
      const control = c.control(item);
      control.id = id(c.key);
      return h('td', {}, h('label', { for: control.id, class: 'visually-hidden' }, c.label), control);
    }),
    h('td', {}, h('button', { type: 'button', class: 'danger small', onclick: (e) => e.currentTarget.closest('tr').remove() }, t('rating.admin.remove'))));
  list.append(...items.map(row));
  const read = () => [...list.children].map((tr) => Object.fromEntries(columns.map((c, i) => [c.key, c.read(tr.children[i].querySelector('input, select'))])));
  out.replaceChildren(h('form', { class: 'editor', 'data-part': part, onsubmit: (e) => {
    e.preventDefault();
    save('PUT', path, read().map(blank.shape), reload);
  } },
  h('h4', {}, title), h('p', { class: 'hint' }, hint),
  h('table', { class: 'list' }, h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c.label)), h('th', {}, ''))), list),
  h('div', { class: 'buttons' },
    h('button', { type: 'button', class: 'secondary', onclick: () => list.append(row(blank.item)) }, t('rating.admin.add')),
    h('button', { type: 'submit' }, t('rating.admin.save')))));
}

const text = (key, max) => ({ key, control: (item) => h('input', { type: 'text', maxlength: max, value: item[key] ?? '' }), read: (i) => i.value });

async function reasons(out) {
  const all = (await api('GET', '/api/v1/admin/ratings/reasons')).filter((r) => r.active);
  rowsEditor(out, {
    part: 'reasons', title: t('rating.admin.reasons'), hint: t('rating.admin.reasonsHint'), path: '/api/v1/admin/ratings/reasons',
    items: all.map((r) => ({ code: r.code, zh: r.name['zh-CN'], en: r.name.en })),
    columns: [{ ...text('code', 40), label: t('rating.admin.code') }, { ...text('zh', 40), label: t('common.zh') }, { ...text('en', 40), label: t('common.en') }],
    blank: { item: {}, shape: (r) => ({ code: r.code, name: { 'zh-CN': r.zh, en: r.en } }) },
    reload: () => reasons(out),
  });
}

async function calendar(out) {
  const days = await api('GET', '/api/v1/admin/ratings/calendar');
  rowsEditor(out, {
    part: 'calendar', title: t('rating.admin.calendar'), hint: t('rating.admin.calendarHint'), path: '/api/v1/admin/ratings/calendar',
    items: days,
    columns: [
      { key: 'day', label: t('rating.admin.day'), control: (d) => h('input', { type: 'date', value: d.day ?? '' }), read: (i) => i.value },
      { key: 'kind', label: t('rating.admin.kind'), read: (s) => s.value,
        control: (d) => {
          const select = h('select', {}, ['HOLIDAY', 'WORKDAY'].map((k) => h('option', { value: k }, t('rating.kind.' + k))));
          select.value = d.kind ?? 'HOLIDAY';
          return select;
        } },
      { ...text('name', 40), label: t('rating.admin.dayName') },
    ],
    blank: { item: { kind: 'HOLIDAY' }, shape: (d) => ({ day: d.day, kind: d.kind, name: d.name || null }) },
    reload: () => calendar(out),
  });
}

async function raters(out) {
  const [screens, counters] = await Promise.all([api('GET', '/api/v1/admin/ratings/raters'), api('GET', '/api/v1/counters')]);
  out.replaceChildren(h('section', { class: 'editor', 'data-part': 'raters' },
    h('h4', {}, t('rating.admin.raters')), h('p', { class: 'hint' }, t('rating.admin.ratersHint')),
    screens.length ? h('table', { class: 'list' }, h('tbody', {}, screens.map((s) => {
      const select = h('select', { id: id('rater') }, h('option', { value: '' }, '–'), counters.map((c) => h('option', { value: c.id }, `${c.number} · ${pick(c.name)}`)));
      select.value = s.counter ?? '';
      return h('tr', { 'data-key': s.device }, h('th', { scope: 'row' }, h('label', { for: select.id }, s.name)), h('td', {}, select),
        h('td', {}, h('button', { type: 'button', class: 'small', onclick: () => save('PUT', `/api/v1/admin/ratings/raters/${s.device}`, { counter: select.value || null }, () => raters(out)) }, t('rating.admin.save'))));
    }))) : h('p', { class: 'muted' }, t('rating.admin.noRaters'))));
}

async function comments(out) {
  const all = (await api('GET', '/api/v1/admin/ratings')).filter((r) => r.comment || r.commentRedacted).slice(0, 50);
  out.replaceChildren(h('table', { class: 'list', 'data-part': 'comments' },
    h('caption', {}, t('rating.admin.comments'), ' ', h('span', { class: 'muted' }, t('rating.admin.commentsHint'))),
    h('tbody', {}, all.length ? all.map((r) => h('tr', { 'data-key': r.ticketId },
      h('td', {}, when(r.ratedAt)), h('td', {}, level(r.score)),
      h('td', {}, r.commentRedacted ? h('em', { class: 'muted' }, t('rating.admin.redacted')) : r.comment),
      h('td', { class: 'actions' }, r.commentRedacted ? null : h('button', { type: 'button', class: 'danger small', onclick: () => {
        if (confirm(t('rating.admin.confirmRedact'))) save('POST', `/api/v1/admin/ratings/${r.ticketId}/redact`, undefined, () => comments(out));
      } }, t('rating.admin.redact'))))) : h('tr', {}, h('td', { class: 'muted' }, t('rating.admin.none'))))));
}

export async function showRatingSetup(out) {
  const parts = ['rules', 'reasons', 'calendar', 'raters', 'comments'].map(() => h('div'));
  out.replaceChildren(h('h3', {}, t('rating.admin.setup')), ...parts);
  await Promise.all([rules(parts[0]), reasons(parts[1]), calendar(parts[2]), raters(parts[3]), comments(parts[4])]);
}
