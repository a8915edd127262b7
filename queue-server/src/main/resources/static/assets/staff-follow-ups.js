// On the counter dashboard: the follow-ups of bad ratings (差评) about the signed-in clerk, with
// the appeal the national rule gives staff. An appeal is marked for the manager, who decides.
// Shown only when there is one; read once a minute and when the page's language changes.
import { api } from '/kit/api.js';
import { el, $ } from '/kit/dom.js';
import { loadTexts, t, pick } from '/kit/i18n.js';

const state = { list: [], reasons: new Map(), problem: null };

function item(f) {
  const areaId = `appeal-${f.id}`;
  const canAppeal = !f.appealed && f.status !== 'RESOLVED';
  return el('li', { dataset: { followUp: f.id } },
    el('p', {},
      el('strong', {}, f.number ?? f.ticketId), ' · ',
      t(`rating.level.${f.score}`), f.reasons.length ? ` · ${f.reasons.map((c) => pick(state.reasons.get(c)) || c).join('、')}` : '',
      ' · ', t(`rating.status.${f.status}`), ' · ', t('rating.staff.due', { day: f.due })),
    f.appealed ? el('p', { class: 'appealed' }, t('rating.admin.appealed')) : null,
    canAppeal ? el('form', {
      class: 'appeal',
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          await api('POST', `/api/v1/ratings/follow-ups/${f.id}/appeal`, { text: $(areaId).value });
          state.problem = null;
          await load();
        } catch (err) {
          state.problem = err.problems?.[0]?.message ?? err.detail ?? err.message;
          render();
        }
      },
    },
    el('label', { for: areaId }, t('rating.staff.appealLabel')),
    el('textarea', { id: areaId, rows: 2, maxlength: 1000 }),
    el('button', { type: 'submit', class: 'btn' }, t('rating.staff.appeal'))) : null);
}

function render() {
  const box = $('my-follow-ups');
  const open = state.list.filter((f) => f.status !== 'RESOLVED');
  box.hidden = open.length === 0;
  if (box.hidden) return;
  box.querySelector('summary').textContent = t('rating.staff.title', { n: open.length });
  // what the clerk is typing survives a refresh of the list
  const typed = new Map([...box.querySelectorAll('textarea')].map((a) => [a.id, a.value]));
  const focused = document.activeElement?.id;
  box.querySelector('ul').replaceChildren(...open.map(item));
  for (const [id, value] of typed) if ($(id)) $(id).value = value;
  if (focused && $(focused)) $(focused).focus();
  const problem = box.querySelector('.problem');
  problem.textContent = state.problem ?? '';
  problem.hidden = !state.problem;
}

async function load() {
  try {
    const [list, reasons] = await Promise.all([api('GET', '/api/v1/ratings/follow-ups/mine'), api('GET', '/api/v1/ratings/reasons')]);
    state.list = list;
    state.reasons = new Map(reasons.map((r) => [r.code, r.name]));
  } catch {
    return; // the dashboard shows when the server cannot be reached
  }
  render();
}

loadTexts().then(() => {
  load();
  setInterval(load, 60000);
  new MutationObserver(render).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
});
