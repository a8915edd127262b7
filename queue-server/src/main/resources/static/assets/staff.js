// The counter dashboard: one counter's current ticket, its actions, and its live queue. The queue
// follows the events: a called, started, finished or cancelled ticket leaves it, an issued one
// joins it where its place is certain (last, when the last one waiting is of its own lane). The
// queue is read again (/api/v1/queue) only when a new ticket's place is not certain, after an
// outage or RESYNC, and every 30 s, as the order by waiting time drifts.
import { api, configure } from '/kit/api.js';
import { el, $, debounce } from '/kit/dom.js';
import { loadTexts, loadOffice, t, pick, setLang, startLanguage, otherLang, clock } from '/kit/i18n.js';
import { EventStream } from '/kit/live.js';
import { explain } from './reasons.js';
import { showPrecheck, notePrecheckEvent, forgetPrecheckEvents } from './staff-precheck.js';
import { startParking, openParkPanel, onParkEvent, renderParked } from './parked.js';

const state = {
  counters: [],
  services: new Map(),
  lanes: new Map(),
  counter: null,
  current: null,
  queue: [],
  queueReadAt: 0,
  recallLimit: 2,
  offset: 0,
  busy: false,
  conn: 'connecting',
  downSince: null,
  message: null,
};
const CONN = { live: 'live', connecting: 'connecting', resync: 'connecting', down: 'down', ended: 'down' };
let texts = false;

configure({
  onUnreachable: () => showBanner('unreachable'),
  onReachable: () => {
    if (state.banner === 'unreachable' && state.conn === 'live') showBanner(null);
  },
  onUnauthorized: () => showBanner('sessionEnded'),
});

function showBanner(key) {
  state.banner = key;
  if (!texts) return;
  const banner = $('banner');
  banner.hidden = key == null;
  banner.replaceChildren();
  if (key) {
    banner.append(t(`staff.${key}`));
    if (key === 'sessionEnded') {
      banner.append(' ', el('a', { href: '/login?expired' }, t('staff.signInAgain')));
    }
  }
}

const serverNow = () => Date.now() + state.offset;
const myCounter = () => state.counters.find((c) => c.id === state.counter);
const serves = (service) => myCounter()?.services?.includes(service) ?? false;
const serviceName = (code) => pick(state.services.get(code)?.name) || code;
const laneName = (code) => pick(state.lanes.get(code)?.name) || code;

// ---- rendering -----------------------------------------------------------------------------

function render() {
  document.title = t('staff.pageTitle');
  $('lang').textContent = t('lang.switchTo');
  $('lang').lang = otherLang();
  renderCounters();
  renderCurrent();
  renderQueue();
  renderConnection();
  renderParked();
  if (state.banner) showBanner(state.banner);
  if (state.message) say(state.message.key, state.message.params, state.message.error);
}

function renderCounters() {
  const select = $('counter');
  const options = state.counters.map((c) =>
    el('option', { value: c.id, selected: c.id === state.counter }, pick(c.name)));
  select.replaceChildren(...options);
  const c = myCounter();
  const pill = $('counter-status');
  pill.textContent = c ? t(`staff.counterStatus.${c.status}`) : '';
  pill.className = `pill ${c?.status ?? ''}`;
  pill.dataset.status = c?.status ?? '';
  const transfer = $('transfer-service');
  const cur = state.current;
  transfer.replaceChildren(...[...state.services.values()]
    .filter((s) => !cur || s.code !== cur.service)
    .map((s) => el('option', { value: s.code }, `${s.code} · ${pick(s.name)}`)));
}

function renderCurrent() {
  const c = state.current;
  const counter = myCounter();
  $('current-number').textContent = c ? c.number : '—';
  $('current-number').dataset.ticket = c ? c.number : '';
  $('current-status').textContent = c ? t(`staff.ticketStatus.${c.status}`) : '—';
  $('current-status').dataset.status = c ? c.status : '';
  $('current-service').textContent = c ? `${c.service} · ${serviceName(c.service)}` : '—';
  $('current-lane').textContent = c ? laneName(c.lane) : '—';
  showPrecheck(c);
  $('current-recalls').textContent =
    c ? t('staff.recallsOf', { n: c.recallCount ?? 0, max: state.recallLimit }) : '—';
  tick();
  const open = counter?.status === 'OPEN';
  const called = c?.status === 'CALLED';
  const serving = c?.status === 'SERVING';
  const set = (id, enabled) => { $(id).disabled = state.busy || !enabled; };
  set('call-next', open && !called);
  set('recall', called);
  set('start', called);
  set('complete', serving);
  set('no-show', called);
  set('transfer', called || serving);
  set('park', called || serving);
  set('open', counter && counter.status !== 'OPEN');
  set('pause', counter && counter.status === 'OPEN');
  set('close', counter && counter.status !== 'CLOSED');
  const n = c?.recallCount ?? 0;
  $('recall-label').textContent = !called ? t('staff.recall')
    : n >= state.recallLimit ? t('staff.recallLast') : t('staff.recallCount', { n, max: state.recallLimit });
  $('call-next').title = open ? '' : t('staff.openFirst');
  if (!c) $('transfer-panel').hidden = true;
  if (!c) $('park-panel').hidden = true;
}

function renderQueue() {
  const rows = state.queue.map((q, i) =>
    el('tr', { class: i === 0 ? 'next' : null, dataset: { ticket: q.number } },
      el('td', {}, i + 1),
      el('td', { class: 'num' }, q.number,
        q.reason?.rule === 'APPOINTMENT'
          ? el('span', { class: 'appointment-tag', title: t('appointments.tagTitle') }, t('appointments.tag'))
          : null),
      el('td', {}, `${q.service} · ${serviceName(q.service)}`),
      el('td', {}, el('span', { class: q.lane === 'standard' ? 'lane-tag' : 'lane-tag priority' },
        laneName(q.lane))),
      el('td', { class: 'waited', dataset: { issued: q.issuedAt } }, '')));
  $('queue').tBodies[0].replaceChildren(...rows);
  $('queue-count').textContent = t('staff.people', { n: state.queue.length });
  $('queue-empty').hidden = state.queue.length > 0;
  const why = $('why-next');
  const next = state.queue[0];
  why.textContent = next?.reason
    ? t('staff.whyNext', { n: next.number })
      + explain(next.reason, laneName(next.reason.lane), Date.now() - state.queueReadAt)
    : '';
  why.dataset.rule = next?.reason?.rule ?? '';
  tick();
}

function renderConnection() {
  const conn = $('conn');
  const shown = CONN[state.conn] ?? 'connecting';
  conn.className = `conn ${shown}`;
  conn.textContent = t(`staff.conn.${shown}`);
  conn.dataset.state = shown;
}

function tick() {
  const now = serverNow();
  for (const cell of document.querySelectorAll('td.waited')) {
    cell.textContent = clock((now - Date.parse(cell.dataset.issued)) / 1000);
  }
  const c = state.current;
  const from = c && (c.startedAt || c.calledAt);
  $('current-since').textContent = from ? clock((now - Date.parse(from)) / 1000) : '—';
  if (state.conn !== 'live' && state.downSince && Date.now() - state.downSince > 2000
      && state.banner !== 'sessionEnded') {
    showBanner('unreachable');
  }
}

function say(key, params = {}, error = false) {
  state.message = key ? { key, params, error } : null;
  const m = $('message');
  m.textContent = key ? (error ? t('staff.notDone', { detail: params.detail }) : t(key, params)) : '';
  m.className = error ? 'message error' : 'message';
}

// ---- data ----------------------------------------------------------------------------------

async function loadCatalog() {
  const [services, lanes, counters] = await Promise.all([
    api('GET', '/api/v1/services'), api('GET', '/api/v1/lanes'), api('GET', '/api/v1/counters')]);
  state.services = new Map(services.map((s) => [s.code, s]));
  state.lanes = new Map(lanes.map((l) => [l.code, l]));
  state.counters = counters;
}

async function loadBoard() {
  const board = await api('GET', '/api/v1/board');
  state.offset = Date.parse(board.serverTime) - Date.now();
  state.recallLimit = board.recallLimit ?? 2;
  for (const c of board.counters) {
    const known = state.counters.find((k) => k.id === c.id);
    if (known) known.status = c.status;
  }
  state.current = board.counters.find((c) => c.id === state.counter)?.current ?? null;
  return board;
}

/** For each read under way, the tickets that left the queue meanwhile (its answer may be older). */
const reads = new Set();

async function readQueue() {
  if (!state.counter) return;
  const left = new Set();
  reads.add(left);
  try {
    const queue = await api('GET', `/api/v1/queue?counter=${encodeURIComponent(state.counter)}`);
    state.queue = queue.filter((q) => !left.has(q.id));
    state.queueReadAt = Date.now();
    renderQueue();
  } catch (e) {
    console.warn('queue', e);
  } finally {
    reads.delete(left);
  }
}
const loadQueue = debounce(readQueue, 120);

/**
 * Takes a ticket out of the queue. The others keep their order (the strategies compare tickets
 * pairwise); the reasons they carry are as of the last read, their waiting time counted on.
 */
function leaves(ticketId) {
  state.queue = state.queue.filter((q) => q.id !== ticketId);
  for (const left of reads) left.add(ticketId);
}

/**
 * Puts a newly issued ticket in the queue. Under every call strategy it goes after the tickets of
 * its own lane (same weight and cap, issued later). Where that place is not certain — a ticket of
 * another lane waits behind them, or none of its lane waits — the server says: the queue is read.
 */
function joins(ticket) {
  if (state.queue.some((q) => q.id === ticket.id)) return; // read with the queue already
  let after = -1;
  state.queue.forEach((q, i) => {
    if (q.lane === ticket.lane) after = i;
  });
  if (after >= 0 && after === state.queue.length - 1) {
    state.queue.push(ticket);
  } else {
    loadQueue();
  }
}

function onEvent(e) {
  notePrecheckEvent(e);
  if (e.type === 'COUNTER_STATUS' && e.counter) {
    const c = state.counters.find((k) => k.id === e.counter.id);
    if (c) c.status = e.counter.status;
    if (e.counter.id === state.counter) renderCounters();
    renderCurrent();
  }
  if (e.ticket) {
    const mine = e.counter?.id === state.counter;
    if (mine && ['TICKET_CALLED', 'TICKET_RECALLED', 'TICKET_STARTED'].includes(e.type)
        && e.ticket.status !== 'NO_SHOW') {
      state.current = e.ticket;
    } else if (state.current && e.ticket.id === state.current.id) {
      state.current = ['CALLED', 'SERVING'].includes(e.ticket.status) ? e.ticket : null;
    }
    if (e.type === 'TICKET_ISSUED') {
      if (serves(e.ticket.service)) joins(e.ticket);
    } else if (e.type === 'TICKET_TRANSFERRED' || e.type === 'TICKET_UNPARKED') {
      // It keeps its first issue time (or comes back to the front): the server says where.
      leaves(e.ticket.id);
      if (serves(e.ticket.service)) loadQueue();
    } else {
      leaves(e.ticket.id);
    }
    renderCurrent();
    renderCounters();
    renderQueue();
    onParkEvent(e);
  }
  if (e.type === 'CONFIG_CHANGED') {
    loadCatalog().then(render).then(loadQueue).catch(() => {});
  }
}

// ---- actions -------------------------------------------------------------------------------

async function act(action) {
  if (state.busy) return;
  const cur = state.current;
  const id = state.counter;
  if (action === 'transfer') {
    if ($('transfer').disabled) return;
    $('park-panel').hidden = true;
    $('transfer-panel').hidden = false;
    $('transfer-service').focus();
    return;
  }
  if (action === 'park') {
    if (!$('park').disabled) openParkPanel();
    return;
  }
  const button = document.querySelector(`[data-action="${action}"]`);
  if (button?.disabled) return;
  state.busy = true;
  renderCurrent();
  try {
    switch (action) {
      case 'call-next': {
        const ticket = await api('POST', `/api/v1/counters/${id}/call-next`);
        if (ticket) {
          state.current = ticket;
          leaves(ticket.id);
          say('staff.called', { n: ticket.number });
        } else {
          say('staff.nobody');
        }
        break;
      }
      case 'recall': {
        const ticket = await api('POST', `/api/v1/tickets/${cur.id}/recall`);
        state.current = ticket.status === 'CALLED' ? ticket : null;
        say(ticket.status === 'NO_SHOW' ? 'staff.recalledOut' : 'staff.recalled', { n: ticket.number });
        break;
      }
      case 'start':
      case 'complete':
      case 'no-show': {
        const ticket = await api('POST', `/api/v1/tickets/${cur.id}/${action}`);
        state.current = ticket.status === 'SERVING' ? ticket : null;
        say({ start: 'staff.started', complete: 'staff.completed', 'no-show': 'staff.noShowed' }[action],
          { n: ticket.number });
        break;
      }
      case 'open':
      case 'pause':
      case 'close': {
        const counter = await api('POST', `/api/v1/counters/${id}/${action}`);
        const c = myCounter();
        if (c) c.status = counter.status;
        say('staff.counterNow', { s: t(`staff.counterStatus.${counter.status}`) });
        break;
      }
      default:
        return;
    }
  } catch (e) {
    if (e.status !== 401) say('error', { detail: e.message }, true);
  } finally {
    state.busy = false;
    renderCounters();
    renderCurrent();
    renderQueue();
  }
}

async function transfer(event) {
  event.preventDefault();
  const cur = state.current;
  const service = $('transfer-service').value;
  if (!cur || !service || state.busy) return;
  state.busy = true;
  try {
    const ticket = await api('POST', `/api/v1/tickets/${cur.id}/transfer`, { service });
    state.current = null;
    $('transfer-panel').hidden = true;
    say('staff.transferred', { n: ticket.number, s: serviceName(service) });
  } catch (e) {
    if (e.status !== 401) say('error', { detail: e.message }, true);
  } finally {
    state.busy = false;
    renderCounters();
    renderCurrent();
  }
}

const KEYS = { n: 'call-next', r: 'recall', s: 'start', c: 'complete', x: 'no-show', t: 'transfer',
  k: 'park', o: 'open', p: 'pause', l: 'close' };

function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'Escape' && !$('transfer-panel').hidden) {
    $('transfer-panel').hidden = true;
    return;
  }
  const tag = e.target?.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || e.repeat) return;
  const action = KEYS[e.key.toLowerCase()];
  if (action) {
    e.preventDefault();
    act(action);
  }
}

async function chooseCounter(id) {
  state.counter = id;
  try {
    localStorage.setItem('hallqueue.counter', id);
  } catch { /* ignore */ }
  const url = new URL(location.href);
  url.searchParams.set('counter', id);
  history.replaceState(null, '', url);
  state.queue = [];
  state.message = null;
  say(null);
  await loadBoard();
  render();
  loadQueue();
}

async function main() {
  document.addEventListener('keydown', onKey);
  for (const b of document.querySelectorAll('button[data-action]')) {
    b.addEventListener('click', () => act(b.dataset.action));
  }
  $('transfer-panel').addEventListener('submit', transfer);
  $('transfer-service').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      $('transfer-panel').requestSubmit();
    }
  });
  $('transfer-cancel').addEventListener('click', () => { $('transfer-panel').hidden = true; });
  $('lang').addEventListener('click', () => {
    setLang(otherLang(), { save: true });
    render();
  });
  startParking({
    current: () => state.current,
    serverNow,
    serviceName,
    busy: (on) => { state.busy = on; renderCurrent(); },
    said: say,
    parkedAway: () => { state.current = null; renderCurrent(); renderCounters(); },
  });
  $('counter').addEventListener('change', (e) => {
    chooseCounter(e.target.value);
    e.target.blur();
  });
  await start();
}

/**
 * Loads the hall and goes live. When the server cannot be reached (restarting, network), says so
 * and tries again, waiting 1 s, 2 s, 4 s… up to 30 s, so the page recovers without a reload.
 */
async function start(delay = 1000) {
  try {
    await goLive();
  } catch (e) {
    console.error(e);
    if (e.status === 401) return;
    showBanner('unreachable');
    setTimeout(() => start(Math.min(delay * 2, 30000)), delay);
  }
}

async function goLive() {
  if (!texts) {
    await Promise.all([loadTexts(), loadOffice()]);
    texts = true;
    setLang(startLanguage());
  }
  await loadCatalog();
  let saved = null;
  try {
    saved = localStorage.getItem('hallqueue.counter');
  } catch { /* ignore */ }
  const asked = new URLSearchParams(location.search).get('counter');
  const ids = state.counters.map((c) => c.id);
  // the counter this clerk has open (on any PC) before the one last chosen on this PC
  const mine = await api('GET', '/api/v1/counters/mine').then((m) => m?.counter).catch(() => null);
  state.counter = [asked, mine, saved].find((c) => ids.includes(c)) ?? ids[0];
  const board = await loadBoard();
  render();
  await readQueue();
  new EventStream({
    since: board.seq,
    onEvent,
    resync: async () => {
      forgetPrecheckEvents();
      const again = await loadBoard();
      await readQueue();
      onParkEvent(null);
      render();
      return again.seq;
    },
    onState: (s) => {
      const was = state.conn;
      state.conn = s;
      if (s === 'live') {
        state.downSince = null;
        if (state.banner === 'unreachable') showBanner(null);
        if (was === 'down') loadQueue(); // the missed events are replayed; the order has aged
        document.body.dataset.live = 'true';
      } else if (s === 'ended') {
        showBanner('sessionEnded');
      } else if (s === 'down') {
        state.downSince ??= Date.now();
        // Is the server away, or only this session? The probe's answer sets the banner.
        loadQueue();
      }
      renderConnection();
    },
  });
  setInterval(tick, 1000);
  setInterval(readQueue, 30000);
}

main();
