// 好差评 in the console: satisfaction by service, counter, clerk and day; follow-ups of bad
// ratings (call back, put right, notes, owner, appeals); and the set-up (ratings-setup.js).
import { api } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, pick, percent, when } from '/kit/i18n.js';
import { failure, level } from './rating-words.js';
import { showRatingSetup } from './ratings-setup.js';

const NEXT = { OPEN: 'CONTACTED', CONTACTED: 'RESOLVED' };
const officeToday = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

function figures(caption, first, tallies, name) {
  return h('table', { class: 'list figures', 'data-by': first },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, [t('rating.admin.' + first), t('rating.admin.count'), t('rating.admin.average'), t('rating.admin.satisfaction'), t('rating.admin.badShare')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, tallies.length
      ? tallies.map((x) => h('tr', {}, h('th', { scope: 'row' }, name(x.key)), h('td', {}, x.count), h('td', {}, x.average ?? '–'), h('td', {}, percent(x.satisfaction)), h('td', {}, percent(x.badShare))))
      : h('tr', {}, h('td', { colspan: 5, class: 'muted' }, t('rating.admin.none')))));
}

function card(label, value, id) {
  return h('div', { class: 'card', 'data-metric': id }, h('div', { class: 'card-value' }, value), h('div', { class: 'card-label' }, label));
}

async function statistics(out, from, to, services) {
  const r = await api('GET', `/api/v1/admin/ratings/statistics?from=${from}&to=${to}`);
  const f = r.followUps;
  const service = (code) => pick(services.get(code)?.name) || code || '–';
  out.replaceChildren(
    h('div', { class: 'cards' },
      card(t('rating.admin.count'), r.overall.count, 'count'),
      card(t('rating.admin.satisfaction'), percent(r.overall.satisfaction), 'satisfaction'),
      card(t('rating.admin.badShare'), percent(r.overall.badShare), 'bad'),
      card(t('rating.admin.onTime'), f.resolved ? `${percent(f.onTimeShare)} (${f.resolvedOnTime}/${f.resolved})` : '–', 'on-time'),
      card(t('rating.admin.overdue'), f.overdue, 'overdue')),
    figures(t('rating.admin.byService'), 'service', r.by.service, service),
    figures(t('rating.admin.byCounter'), 'counter', r.by.counter, (c) => c || '–'),
    figures(t('rating.admin.byClerk'), 'clerk', r.by.clerk, (c) => c || '–'),
    figures(t('rating.admin.byDay'), 'day', r.by.day, (d) => d));
}

function followUpRow(f, reasons, reload) {
  const move = async (to) => {
    try {
      await api('POST', `/api/v1/admin/ratings/follow-ups/${f.id}/status`, { status: to, note: noteInput.value || null });
      status(t('app.saved'));
      await reload();
    } catch (e) {
      failure(e);
    }
  };
  const call = async (path, body) => {
    try {
      await api('POST', `/api/v1/admin/ratings/follow-ups/${f.id}/${path}`, body);
      status(t('app.saved'));
      await reload();
    } catch (e) {
      failure(e);
    }
  };
  const noteId = `note-${f.id}`;
  const noteInput = h('input', { type: 'text', id: noteId, maxlength: 1000 });
  const next = NEXT[f.status];
  return h('tr', { 'data-key': f.id, class: f.overdue ? 'has-alert' : null },
    h('td', {}, f.number ?? f.ticketId, h('div', { class: 'muted' }, when(f.openedAt))),
    h('td', {}, level(f.score), h('div', { class: 'muted' }, f.reasons.map((c) => pick(reasons.get(c)) || c).join('、'))),
    h('td', {}, f.commentRedacted ? h('em', { class: 'muted' }, t('rating.admin.redacted')) : f.comment ?? ''),
    h('td', {}, `${f.counter ?? '–'} · ${f.clerk ?? '–'}`),
    h('td', {}, f.due, f.overdue ? h('strong', { class: 'overdue' }, ' ' + t('rating.admin.isOverdue')) : null),
    h('td', { 'data-status': f.status }, t('rating.status.' + f.status), f.appealed ? h('div', { class: 'appealed' }, t('rating.admin.appealed')) : null),
    h('td', {}, f.owner ?? '–', f.notes.map((n) => h('div', { class: 'muted' }, `${when(n.at)} ${n.author} (${t('rating.note.' + n.kind)}): ${n.text}`))),
    h('td', { class: 'actions' },
      h('label', { for: noteId, class: 'visually-hidden' }, t('rating.admin.note')),
      noteInput,
      h('button', { type: 'button', class: 'secondary small', onclick: () => call('notes', { text: noteInput.value }) }, t('rating.admin.addNote')),
      h('button', { type: 'button', class: 'secondary small', 'data-action': 'own', onclick: () => call('owner', { owner: document.getElementById('username').textContent }) }, t('rating.admin.takeIt')),
      next ? h('button', { type: 'button', class: 'small', 'data-action': next, onclick: () => move(next) }, t('rating.admin.moveTo.' + next)) : null));
}

async function followUps(out, reasons) {
  const list = await api('GET', '/api/v1/admin/ratings/follow-ups');
  const reload = () => followUps(out, reasons);
  const open = list.filter((f) => f.status !== 'RESOLVED');
  const rows = [...open, ...list.filter((f) => f.status === 'RESOLVED').slice(-20)];
  out.replaceChildren(
    h('table', { class: 'list follow-ups' },
      h('caption', {}, t('rating.admin.openCount', { n: open.length })),
      h('thead', {}, h('tr', {}, ['ticket', 'score', 'comment', 'where', 'due', 'status', 'owner', 'actions'].map((k) => h('th', { scope: 'col' }, t('rating.admin.col.' + k))))),
      h('tbody', {}, rows.length ? rows.map((f) => followUpRow(f, reasons, reload)) : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, t('rating.admin.noFollowUps'))))));
}

export async function showRatings(main) {
  const today = officeToday();
  const from = h('input', { type: 'date', id: 'ratings-from', value: today.slice(0, 8) + '01' });
  const to = h('input', { type: 'date', id: 'ratings-to', value: today });
  const statsOut = h('div', { id: 'ratings-stats', 'aria-live': 'polite' });
  const followOut = h('div', { id: 'ratings-follow-ups' });
  const setupOut = h('div', { id: 'ratings-setup' });
  const form = h('form', { class: 'toolbar' },
    h('label', { for: 'ratings-from' }, t('rating.admin.from')), from,
    h('label', { for: 'ratings-to' }, t('rating.admin.to')), to,
    h('button', { type: 'submit' }, t('stats.show')));
  main.replaceChildren(
    h('h2', {}, t('rating.admin.title')),
    h('p', { class: 'intro' }, t('rating.admin.intro')),
    h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    h('h3', {}, t('rating.admin.followUps')), followOut,
    h('h3', {}, t('rating.admin.statistics')), form, statsOut,
    setupOut);
  const [services, reasonList] = await Promise.all([api('GET', '/api/v1/services'), api('GET', '/api/v1/admin/ratings/reasons')]);
  const byCode = new Map(services.map((s) => [s.code, s]));
  const reasons = new Map(reasonList.map((r) => [r.code, r.name]));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    statistics(statsOut, from.value, to.value, byCode).catch(failure);
  });
  await Promise.all([followUps(followOut, reasons), statistics(statsOut, from.value, to.value, byCode), showRatingSetup(setupOut)]);
}

/** The console banner's line for follow-ups past their due day, or null. */
export async function overdueBanner() {
  const overdue = await api('GET', '/api/v1/admin/ratings/follow-ups?overdue=true');
  return overdue.length ? h('p', { class: 'alert-banner', 'data-alert': 'follow-ups' }, t('rating.admin.overdueBanner', { n: overdue.length }), ' ', h('a', { href: '#ratings' }, t('nav.ratings'))) : null;
}
