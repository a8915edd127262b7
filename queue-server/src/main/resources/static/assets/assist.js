// The floor assistant's tablet page (导办): the waiting tickets by waiting zone with their marks,
// pre-checks, issuing a ticket for a visitor, and the kiosks' help calls, all live by the event
// stream. Ticket changes reload the page's snapshot (/api/v1/assist) once per burst; pre-checks,
// help calls and kiosk reports are applied from the events themselves.
import { api, configure } from '/kit/api.js';
import { el, $, debounce } from '/kit/dom.js';
import { loadTexts, t, pick, setLang, startLanguage, otherLang, lang } from '/kit/i18n.js';
import { EventStream } from '/kit/live.js';
import { openPrecheck } from './assist-precheck.js';
import { IssueFlow } from './assist-issue.js';
import { showBenefit } from './assist-benefit.js';

const PLACE = 'hallqueue.assist.place';
const state = {
  seq: 0,
  waiting: [],
  checklists: {},
  kiosks: [],
  places: [],
  help: [],
  mine: new Set(),
  services: new Map(),
  lanes: new Map(),
  place: null,
  tab: 'waiting',
  conn: 'connecting',
};
const CONN = { live: 'live', connecting: 'connecting', resync: 'connecting', down: 'down', ended: 'down' };
let issue = null;

configure({
  onUnreachable: () => banner('assist.unreachable'),
  onReachable: () => banner(null),
  onUnauthorized: () => banner('staff.sessionEnded'),
});

function banner(key) {
  const box = $('banner');
  box.hidden = key == null;
  box.replaceChildren();
  if (key) {
    box.append(t(key));
    if (key === 'staff.sessionEnded') box.append(' ', el('a', { href: '/login?expired' }, t('staff.signInAgain')));
  }
}

export const serviceName = (code) => pick(state.services.get(code)?.name) || code;
export const laneName = (code) => pick(state.lanes.get(code)?.name) || code;
const placeName = (id) => pick(state.places.find((p) => p.id === id)?.name) || id || t('assist.noZone');
const minutes = (iso) => Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60000));

// ---- rendering -------------------------------------------------------------------------------

function render() {
  document.title = t('assist.pageTitle');
  $('lang').textContent = t('lang.switchTo');
  $('lang').lang = otherLang();
  renderPlaces();
  renderWaiting();
  renderHelp();
  renderTabs();
  $('conn').textContent = t(`assist.conn.${CONN[state.conn]}`);
  $('conn').className = `conn ${CONN[state.conn]}`;
  $('conn').dataset.state = CONN[state.conn];
  issue?.refresh();
  if (state.tab === 'benefit') showBenefit($('benefit'));
}

function renderPlaces() {
  $('place').replaceChildren(...state.places.map((p) =>
    el('option', { value: p.id, selected: p.id === state.place }, pick(p.name))));
}

function marks(w) {
  const list = [];
  const p = w.precheck;
  if (p) {
    list.push(el('span', { class: p.checked === p.total ? 'mark ok' : 'mark short', dataset: { mark: 'precheck' } },
      t('assist.markChecked', { checked: p.checked, total: p.total })));
    if (p.needsHelp) list.push(el('span', { class: 'mark help', dataset: { mark: 'help' } }, t('assist.markHelp')));
  }
  if (w.appointment) list.push(el('span', { class: 'mark lane', dataset: { mark: 'appointment' } }, t('assist.markAppointment')));
  return list;
}

// Lists are rebuilt only when what they show changed, so that a button is never swapped for a
// copy under a finger that is about to tap it.
const shown = { waiting: null, help: null };

function unchanged(list, value) {
  const key = JSON.stringify([lang(), value]);
  if (shown[list] === key) return true;
  shown[list] = key;
  return false;
}

function renderWaiting() {
  if (unchanged('waiting', state.waiting.map((w) => [w.id, placeName(w.zone), w.precheck?.at,
    minutes(w.issuedAt), serviceName(w.service), laneName(w.lane)]))) return;
  const byZone = new Map();
  for (const w of state.waiting) {
    if (!byZone.has(w.zone)) byZone.set(w.zone, []);
    byZone.get(w.zone).push(w);
  }
  const zones = [...byZone.entries()].map(([zone, list]) => el('section', { class: 'zone', dataset: { zone: zone ?? '' } },
    el('h3', {}, `${placeName(zone)} · ${t('assist.people', { n: list.length })}`),
    el('ul', {}, list.map((w) => el('li', {},
      el('button', { type: 'button', class: 'ticket-row', dataset: { ticket: w.number }, onclick: () => precheck(w) },
        el('span', { class: 'num' }, w.number),
        el('span', { class: 'svc' }, `${w.service} · ${serviceName(w.service)}`),
        el('span', { class: 'marks' }, marks(w)),
        el('span', { class: 'facts' },
          `${t('assist.waited', { min: minutes(w.issuedAt) })} · ${laneName(w.lane)}`)))))));
  $('zones').replaceChildren(...zones);
  $('waiting-count').textContent = `(${state.waiting.length})`;
  $('waiting-empty').hidden = state.waiting.length > 0;
}

function renderHelp() {
  const calls = state.help;
  if (unchanged('help', [state.place, calls.map((c) => [c.id, c.acceptedBy, minutes(c.requestedAt), state.mine.has(c.id)])])) return;
  $('help-calls').hidden = calls.length === 0;
  $('help-list').replaceChildren(...calls.map((c) => {
    const where = pick(c.kioskName) || c.deviceName || c.device;
    const taken = c.acceptedBy != null;
    const item = el('li', { class: taken ? 'help-call taken' : 'help-call', dataset: { help: c.id } },
      el('div', { class: 'what' }, t('assist.helpAt', { kiosk: where, min: minutes(c.requestedAt) })));
    if (taken) {
      item.append(el('div', { class: 'taken-by' }, state.mine.has(c.id)
        ? t('assist.helpYours') : t('assist.helpTaken', { by: c.acceptedBy })));
      return item;
    }
    if (c.kiosk) {
      const q = new URLSearchParams({ to: c.kiosk, lang: lang() });
      if (state.place) q.set('from', state.place);
      item.append(el('img', { class: 'route', src: `/api/v1/assist/route.svg?${q}`,
        alt: t('assist.routeAlt', { from: placeName(state.place), to: where }) }));
    }
    item.append(el('button', { type: 'button', class: 'btn primary big', dataset: { accept: c.id },
      onclick: () => accept(c) }, t('assist.helpGo')));
    return item;
  }));
}

function renderTabs() {
  for (const b of document.querySelectorAll('.tab-btn')) b.setAttribute('aria-pressed', String(b.dataset.tab === state.tab));
  for (const tab of ['waiting', 'issue', 'benefit']) $(`tab-${tab}`).hidden = tab !== state.tab;
}

// ---- actions ---------------------------------------------------------------------------------

function precheck(w) {
  openPrecheck(w, `${w.number} · ${serviceName(w.service)}`, state.checklists[w.service] ?? [], (saved) => {
    const at = state.waiting.findIndex((x) => x.id === saved.id);
    if (at >= 0) state.waiting[at] = saved;
    renderWaiting();
  });
}

async function accept(call) {
  try {
    const taken = await api('POST', `/api/v1/help/${call.id}/accept`);
    state.mine.add(call.id);
    helpChanged(taken);
  } catch (e) {
    if (e.status === 409) {
      await loadSnapshot().catch(() => {});
      call.acceptedBy = call.acceptedBy ?? (e.detail?.match(/taken by (\S+)/)?.[1] ?? '?');
      helpChanged(call);
    }
  }
}

function helpChanged(call) {
  const at = state.help.findIndex((c) => c.id === call.id);
  if (at >= 0) state.help[at] = call;
  else if (call.acceptedBy == null) state.help.push(call);
  if (call.acceptedBy != null) setTimeout(() => {
    state.help = state.help.filter((c) => c.id !== call.id);
    renderHelp();
  }, 60000);
  renderHelp();
}

// ---- data ------------------------------------------------------------------------------------

async function loadCatalog() {
  const [services, lanes] = await Promise.all([api('GET', '/api/v1/services'), api('GET', '/api/v1/lanes')]);
  state.services = new Map(services.map((s) => [s.code, s]));
  state.lanes = new Map(lanes.map((l) => [l.code, l]));
}

async function loadSnapshot() {
  const q = state.place ? `?from=${encodeURIComponent(state.place)}` : '';
  const s = await api('GET', `/api/v1/assist${q}`);
  state.seq = s.seq;
  state.waiting = s.waiting;
  state.checklists = s.checklists;
  state.kiosks = s.kiosks;
  state.places = s.places;
  const taken = state.help.filter((c) => c.acceptedBy != null);
  state.help = [...s.help, ...taken];
  if (!state.place || !state.places.some((p) => p.id === state.place)) {
    state.place = state.places[0]?.id ?? null;
  }
  return s.seq;
}

const reload = debounce(() => loadSnapshot().then(render).catch(() => {}), 250);

function onEvent(e) {
  if (e.type === 'TICKET_PRECHECKED') {
    const w = state.waiting.find((x) => x.id === e.ticket.id);
    if (w) w.precheck = e.precheck;
    renderWaiting();
  } else if (e.type === 'HELP_REQUESTED' || e.type === 'HELP_ACCEPTED') {
    helpChanged(e.help);
  } else if (e.type === 'DEVICE_STATUS') {
    issue?.deviceReported(e.device);
  } else if (e.type === 'CONFIG_CHANGED') {
    loadCatalog().then(loadSnapshot).then(render).catch(() => {});
  } else if (e.ticket) {
    reload();
  }
}

export const context = {
  state,
  serviceName,
  laneName,
  placeName,
  kiosks: () => state.kiosks,
};

async function main() {
  await loadTexts();
  setLang(startLanguage());
  try {
    state.place = localStorage.getItem(PLACE);
  } catch {
    /* private mode */
  }
  await loadCatalog();
  await loadSnapshot();
  issue = new IssueFlow($('issue'), context);
  await issue.start();
  render();
  $('lang').addEventListener('click', () => { setLang(otherLang(), { save: true }); render(); });
  $('place').addEventListener('change', () => {
    state.place = $('place').value;
    try { localStorage.setItem(PLACE, state.place); } catch { /* private mode */ }
    loadSnapshot().then(() => { render(); issue.render(); }).catch(() => {});
  });
  for (const b of document.querySelectorAll('.tab-btn')) {
    b.addEventListener('click', () => { state.tab = b.dataset.tab; render(); });
  }
  setInterval(renderWaiting, 30000);
  new EventStream({
    since: state.seq,
    onEvent,
    onState: (s) => { state.conn = s; render(); },
    resync: loadSnapshot,
  });
}

main().catch((e) => {
  console.error(e);
  banner('assist.loadFailed');
});
