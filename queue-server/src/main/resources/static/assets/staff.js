// The counter dashboard: one counter's current ticket, its actions, and its live queue.
import { EventStream, debounce } from './live.js';
import { startLanguage, saveLanguage, translator, clock, el } from './i18n.js';
import { reasonText } from './reasons.js';

const t = translator({
  title: { 'zh-CN': '柜台叫号', en: 'Counter' },
  counter: { 'zh-CN': '窗口', en: 'Counter' },
  open: { 'zh-CN': '开窗', en: 'Open' },
  pause: { 'zh-CN': '暂停', en: 'Pause' },
  close: { 'zh-CN': '关窗', en: 'Close' },
  signOut: { 'zh-CN': '退出', en: 'Sign out' },
  switchTo: { 'zh-CN': 'English', en: '中文' },
  current: { 'zh-CN': '当前号', en: 'Current ticket' },
  status: { 'zh-CN': '状态', en: 'Status' },
  service: { 'zh-CN': '业务', en: 'Service' },
  lane: { 'zh-CN': '通道', en: 'Lane' },
  recalls: { 'zh-CN': '重呼', en: 'Recalls' },
  since: { 'zh-CN': '用时', en: 'Time' },
  callNext: { 'zh-CN': '叫下一位', en: 'Call next' },
  recall: { 'zh-CN': '重呼', en: 'Recall' },
  recallCount: { 'zh-CN': '重呼（{n}/{max}）', en: 'Recall ({n}/{max})' },
  recallLast: { 'zh-CN': '重呼 → 记为过号', en: 'Recall → no-show' },
  start: { 'zh-CN': '开始办理', en: 'Start' },
  complete: { 'zh-CN': '办结', en: 'Complete' },
  noShow: { 'zh-CN': '未到（过号）', en: 'No-show' },
  transfer: { 'zh-CN': '转其他业务', en: 'Transfer' },
  transferTo: { 'zh-CN': '转到业务', en: 'Transfer to' },
  confirm: { 'zh-CN': '确认转移', en: 'Transfer' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  waiting: { 'zh-CN': '等候中', en: 'Waiting' },
  people: { 'zh-CN': '{n} 人', en: '{n}' },
  order: { 'zh-CN': '顺序', en: 'Order' },
  number: { 'zh-CN': '号码', en: 'Number' },
  waited: { 'zh-CN': '已等', en: 'Waited' },
  empty: { 'zh-CN': '现在没有人等候', en: 'Nobody is waiting' },
  none: { 'zh-CN': '—', en: '—' },
  recallsOf: { 'zh-CN': '{n} / {max} 次', en: '{n} of {max}' },
  live: { 'zh-CN': '● 实时', en: '● Live' },
  connecting: { 'zh-CN': '连接中…', en: 'Connecting…' },
  down: { 'zh-CN': '已断开，重试中', en: 'Offline, retrying' },
  unreachable: {
    'zh-CN': '无法连接服务器，正在自动重试。请勿刷新，恢复后会自动更新。',
    en: 'Cannot reach the server. Retrying by itself; no need to reload.',
  },
  sessionEnded: { 'zh-CN': '登录已过期，请重新登录。', en: 'Your session ended. Please sign in again.' },
  signInAgain: { 'zh-CN': '重新登录', en: 'Sign in' },
  called: { 'zh-CN': '已叫 {n} 号', en: 'Called {n}' },
  nobody: { 'zh-CN': '没有等候的号', en: 'Nobody is waiting for this counter' },
  recalled: { 'zh-CN': '已重呼 {n} 号', en: 'Recalled {n}' },
  recalledOut: { 'zh-CN': '{n} 号重呼超过上限，已记为过号', en: '{n} passed the recall limit: no-show' },
  started: { 'zh-CN': '开始办理 {n} 号', en: 'Serving {n}' },
  completed: { 'zh-CN': '{n} 号已办结', en: '{n} completed' },
  noShowed: { 'zh-CN': '{n} 号已记为过号', en: '{n} marked no-show' },
  transferred: { 'zh-CN': '{n} 号已转到「{s}」', en: '{n} transferred to “{s}”' },
  counterNow: { 'zh-CN': '窗口状态：{s}', en: 'Counter is now {s}' },
  notDone: { 'zh-CN': '未完成：', en: 'Not done: ' },
  openFirst: { 'zh-CN': '请先开窗（O）', en: 'Open the counter first (O)' },
  OPEN: { 'zh-CN': '开放', en: 'Open' },
  PAUSED: { 'zh-CN': '暂停', en: 'Paused' },
  CLOSED: { 'zh-CN': '关闭', en: 'Closed' },
  WAITING: { 'zh-CN': '等候中', en: 'Waiting' },
  CALLED: { 'zh-CN': '已叫号，等待到窗口', en: 'Called, on the way' },
  SERVING: { 'zh-CN': '办理中', en: 'Being served' },
  DONE: { 'zh-CN': '已办结', en: 'Done' },
  NO_SHOW: { 'zh-CN': '过号', en: 'No-show' },
  CANCELLED: { 'zh-CN': '已取消', en: 'Cancelled' },
  EXPIRED: { 'zh-CN': '已过期', en: 'Expired' },
  whyNext: { 'zh-CN': '为什么下一位是 {n}：', en: 'Why {n} is next: ' },
  ...reasonText.messages,
});

const csrf = document.querySelector('meta[name=csrf]').content;
const $ = (id) => document.getElementById(id);
const state = {
  lang: startLanguage('zh-CN'),
  counters: [],
  services: new Map(),
  lanes: new Map(),
  counter: null,
  current: null,
  queue: [],
  recallLimit: 2,
  offset: 0,
  busy: false,
  conn: 'connecting',
  downSince: null,
  message: null,
};

class ApiError extends Error {
  constructor(status, body) {
    super(body?.detail || body?.title || `HTTP ${status}`);
    this.status = status;
  }
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrf;
  if (body) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    showBanner('unreachable');
    throw new ApiError(0, { detail: t('unreachable') });
  }
  if (response.status === 401) {
    showBanner('sessionEnded');
    throw new ApiError(401, { detail: t('sessionEnded') });
  }
  if (state.banner === 'unreachable' && state.conn === 'live') showBanner(null);
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

function showBanner(key) {
  state.banner = key;
  const banner = $('banner');
  banner.hidden = key == null;
  banner.replaceChildren();
  if (key) {
    banner.append(t(key));
    if (key === 'sessionEnded') {
      banner.append(' ', el('a', { href: '/login?expired' }, t('signInAgain')));
    }
  }
}

const serverNow = () => Date.now() + state.offset;
const myCounter = () => state.counters.find((c) => c.id === state.counter);
const serviceName = (code) => t.pick(state.services.get(code)?.name) || code;
const laneName = (code) => t.pick(state.lanes.get(code)?.name) || code;

// ---- rendering -----------------------------------------------------------------------------

function render() {
  t.setLanguage(state.lang);
  $('lang').textContent = t('switchTo');
  $('lang').lang = state.lang === 'en' ? 'zh-CN' : 'en';
  renderCounters();
  renderCurrent();
  renderQueue();
  renderConnection();
  if (state.banner) showBanner(state.banner);
  if (state.message) say(state.message.key, state.message.params, state.message.error);
}

function renderCounters() {
  const select = $('counter');
  const options = state.counters.map((c) =>
    el('option', { value: c.id, selected: c.id === state.counter }, t.pick(c.name)));
  select.replaceChildren(...options);
  const c = myCounter();
  const pill = $('counter-status');
  pill.textContent = c ? t(c.status) : '';
  pill.className = `pill ${c?.status ?? ''}`;
  pill.dataset.status = c?.status ?? '';
  const transfer = $('transfer-service');
  const cur = state.current;
  transfer.replaceChildren(...[...state.services.values()]
    .filter((s) => !cur || s.code !== cur.service)
    .map((s) => el('option', { value: s.code }, `${s.code} · ${t.pick(s.name)}`)));
}

function renderCurrent() {
  const c = state.current;
  const counter = myCounter();
  $('current-number').textContent = c ? c.number : '—';
  $('current-number').dataset.ticket = c ? c.number : '';
  $('current-status').textContent = c ? t(c.status) : '—';
  $('current-status').dataset.status = c ? c.status : '';
  $('current-service').textContent = c ? `${c.service} · ${serviceName(c.service)}` : '—';
  $('current-lane').textContent = c ? laneName(c.lane) : '—';
  $('current-recalls').textContent =
    c ? t('recallsOf', { n: c.recallCount ?? 0, max: state.recallLimit }) : '—';
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
  set('open', counter && counter.status !== 'OPEN');
  set('pause', counter && counter.status === 'OPEN');
  set('close', counter && counter.status !== 'CLOSED');
  const n = c?.recallCount ?? 0;
  $('recall-label').textContent = !called ? t('recall')
    : n >= state.recallLimit ? t('recallLast') : t('recallCount', { n, max: state.recallLimit });
  $('call-next').title = open ? '' : t('openFirst');
  if (!c) $('transfer-panel').hidden = true;
}

function renderQueue() {
  const rows = state.queue.map((q, i) =>
    el('tr', { class: i === 0 ? 'next' : null, dataset: { ticket: q.number } },
      el('td', {}, i + 1),
      el('td', { class: 'num' }, q.number),
      el('td', {}, `${q.service} · ${serviceName(q.service)}`),
      el('td', {}, el('span', { class: q.lane === 'standard' ? 'lane-tag' : 'lane-tag priority' },
        laneName(q.lane))),
      el('td', { class: 'waited', dataset: { issued: q.issuedAt } }, '')));
  $('queue').tBodies[0].replaceChildren(...rows);
  $('queue-count').textContent = t('people', { n: state.queue.length });
  $('queue-empty').hidden = state.queue.length > 0;
  const why = $('why-next');
  const next = state.queue[0];
  why.textContent = next?.reason
    ? t('whyNext', { n: next.number }) + reasonText.explain(t, next.reason, laneName(next.reason.lane))
    : '';
  why.dataset.rule = next?.reason?.rule ?? '';
  tick();
}

function renderConnection() {
  const conn = $('conn');
  conn.className = `conn ${state.conn}`;
  conn.textContent = t(state.conn);
  conn.dataset.state = state.conn;
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
  m.textContent = key ? (error ? t('notDone') + params.detail : t(key, params)) : '';
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

const loadQueue = debounce(async () => {
  if (!state.counter) return;
  try {
    state.queue = await api('GET', `/api/v1/queue?counter=${encodeURIComponent(state.counter)}`);
    renderQueue();
  } catch (e) {
    console.warn('queue', e);
  }
}, 120);

function onEvent(e) {
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
    renderCurrent();
    renderCounters();
    loadQueue();
  }
  if (e.type === 'CONFIG_CHANGED') {
    loadCatalog().then(render).catch(() => {});
  }
}

// ---- actions -------------------------------------------------------------------------------

async function act(action) {
  if (state.busy) return;
  const cur = state.current;
  const id = state.counter;
  if (action === 'transfer') {
    if ($('transfer').disabled) return;
    $('transfer-panel').hidden = false;
    $('transfer-service').focus();
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
          say('called', { n: ticket.number });
        } else {
          say('nobody');
        }
        break;
      }
      case 'recall': {
        const ticket = await api('POST', `/api/v1/tickets/${cur.id}/recall`);
        state.current = ticket.status === 'CALLED' ? ticket : null;
        say(ticket.status === 'NO_SHOW' ? 'recalledOut' : 'recalled', { n: ticket.number });
        break;
      }
      case 'start':
      case 'complete':
      case 'no-show': {
        const ticket = await api('POST', `/api/v1/tickets/${cur.id}/${action}`);
        state.current = ticket.status === 'SERVING' ? ticket : null;
        say({ start: 'started', complete: 'completed', 'no-show': 'noShowed' }[action],
          { n: ticket.number });
        break;
      }
      case 'open':
      case 'pause':
      case 'close': {
        const counter = await api('POST', `/api/v1/counters/${id}/${action}`);
        const c = myCounter();
        if (c) c.status = counter.status;
        say('counterNow', { s: t(counter.status) });
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
    loadQueue();
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
    say('transferred', { n: ticket.number, s: serviceName(service) });
  } catch (e) {
    if (e.status !== 401) say('error', { detail: e.message }, true);
  } finally {
    state.busy = false;
    renderCounters();
    renderCurrent();
    loadQueue();
  }
}

const KEYS = { n: 'call-next', r: 'recall', s: 'start', c: 'complete', x: 'no-show', t: 'transfer',
  o: 'open', p: 'pause', l: 'close' };

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
  render();
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
    state.lang = state.lang === 'en' ? 'zh-CN' : 'en';
    saveLanguage(state.lang);
    render();
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
  await loadCatalog();
  let saved = null;
  try {
    saved = localStorage.getItem('hallqueue.counter');
  } catch { /* ignore */ }
  const asked = new URLSearchParams(location.search).get('counter');
  const ids = state.counters.map((c) => c.id);
  state.counter = [asked, saved].find((c) => ids.includes(c)) ?? ids[0];
  const board = await loadBoard();
  render();
  loadQueue();
  new EventStream({
    since: board.seq,
    onEvent,
    onState: (s) => {
      const was = state.conn;
      state.conn = s;
      if (s === 'live') {
        state.downSince = null;
        if (state.banner === 'unreachable') showBanner(null);
        if (was !== 'connecting' || document.body.dataset.live) loadQueue();
        document.body.dataset.live = 'true';
      } else {
        state.downSince ??= Date.now();
        // Is the server away, or only this session? The probe's answer sets the banner.
        if (s === 'down') loadQueue();
      }
      renderConnection();
    },
  });
  setInterval(tick, 1000);
  setInterval(loadQueue, 30000);
}

main();
