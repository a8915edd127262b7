// The display board: shows and announces each call (chime, then Chinese, then English speech
// where the browser has voices; always a flashing caption), queued so none is skipped.
import { EventStream, debounce } from './live.js';
import { el } from './i18n.js';

const RECENT = 6;
const LOG = 30;
const STALE_MS = 120000; // calls missed during an outage: listed, not announced
const params = new URLSearchParams(location.search);
const token = params.get('access_token');
const zone = params.get('zone') || null;
const csrf = document.querySelector('meta[name=csrf]').content;
const $ = (id) => document.getElementById(id);
const state = { offset: 0, recent: [], plan: null, zones: new Map(), conn: 'connecting', stream: null };

class HttpError extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

async function get(path) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(path, { headers, credentials: 'same-origin', cache: 'no-store' });
  if (!r.ok) throw new HttpError(r.status);
  return r.json();
}

const serverNow = () => Date.now() + state.offset;

// ---- announcing ----------------------------------------------------------------------------

let audio = null;
function chime() {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') audio.resume();
    if (audio.state !== 'running') {
      $('sound').hidden = false;
      return sleep(400);
    }
    const now = audio.currentTime;
    for (const [i, freq] of [659.25, 523.25].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, now + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.4, now + i * 0.35 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.35 + 0.6);
      osc.connect(gain).connect(audio.destination);
      osc.start(now + i * 0.35);
      osc.stop(now + i * 0.35 + 0.65);
    }
    return sleep(900);
  } catch {
    return sleep(300);
  }
}

function voiceFor(lang) {
  if (!('speechSynthesis' in window)) return null;
  const voices = speechSynthesis.getVoices();
  const prefix = lang === 'zh-CN' ? 'zh' : 'en';
  return voices.find((v) => v.lang.replace('_', '-').toLowerCase() === lang.toLowerCase())
    ?? voices.find((v) => v.lang.toLowerCase().startsWith(prefix)) ?? null;
}

/** Speaks where a voice exists; resolves false at once where none does. */
function speak(text, lang) {
  const voice = voiceFor(lang);
  if (!voice || !text) return Promise.resolve(false);
  return new Promise((resolve) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = lang === 'zh-CN' ? 0.9 : 0.95;
    const timer = setTimeout(() => resolve(true), 2500 + text.length * 220);
    u.onend = u.onerror = () => {
      clearTimeout(timer);
      resolve(true);
    };
    speechSynthesis.speak(u);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Announcer {
  constructor() {
    this.queue = [];
    this.busy = false;
  }

  add(call) {
    this.queue.push(call);
    if (!this.busy) this.next();
  }

  async next() {
    const call = this.queue.shift();
    if (!call) {
      this.busy = false;
      $('caption').classList.remove('flash');
      return;
    }
    this.busy = true;
    const started = Date.now();
    try {
      showNow(call, true);
      await chime();
      // Chinese first, then English; each only where the browser has a voice for it.
      await speak(call.zh, 'zh-CN');
      await speak(call.en, 'en');
    } catch (e) {
      console.warn('announce', e);
    }
    // Long enough to read; shorter when more calls wait.
    const hold = this.queue.length > 0 ? 2500 : 4000;
    await sleep(Math.max(0, hold - (Date.now() - started)));
    this.next();
  }
}
const announcer = new Announcer();

function showNow(call, announce) {
  $('now-number').textContent = call.number;
  $('now-counter').textContent = call.counterNumber;
  $('now-zh').textContent = call.zh;
  $('now-en').textContent = call.en;
  const caption = $('caption');
  caption.dataset.ticket = call.number;
  caption.dataset.seq = call.seq;
  caption.classList.remove('idle');
  showDirection(call);
  if (announce) {
    caption.classList.remove('flash');
    void caption.offsetWidth; // restart the animation
    caption.classList.add('flash');
    const log = $('announced');
    log.prepend(el('li', { dataset: { seq: call.seq, ticket: call.number, zh: call.zh, en: call.en } },
      `${call.zh} · ${call.en}`));
    while (log.children.length > LOG) log.lastElementChild.remove();
  }
}

function callOf(e) {
  const a = e.announcement ?? {};
  return {
    seq: e.seq,
    at: e.at,
    ticketId: e.ticket.id,
    number: e.ticket.number,
    counterId: e.counter.id,
    counterNumber: e.counter.number,
    counterName: e.counter.name,
    zh: a['zh-CN'] ?? `请 ${e.ticket.number} 号到 ${e.counter.number} 号窗口办理`,
    en: a.en ?? `Number ${e.ticket.number}, please go to counter ${e.counter.number}`,
  };
}

function remember(call) {
  state.recent = [call, ...state.recent.filter((c) => c.ticketId !== call.ticketId)].slice(0, RECENT);
  renderRecent();
}

function renderRecent() {
  $('recent').replaceChildren(...state.recent.map((c) =>
    el('li', { dataset: { ticket: c.number, seq: c.seq } },
      el('span', { class: 'num' }, c.number),
      el('span', { class: 'where' }, `${c.counterNumber}号窗口`,
        el('small', { lang: 'en' }, `Counter ${c.counterNumber}`)))));
}

// ---- floorplan directions (only when the office has a floorplan) ---------------------------

const FACING = { north: [0, -1], south: [0, 1], east: [1, 0], west: [-1, 0] };
const SECTORS = [
  ['正前方', 'straight ahead'], ['右前方', 'ahead on your right'], ['右侧', 'to your right'],
  ['右后方', 'behind you, on the right'], ['后方', 'behind you'], ['左后方', 'behind you, on the left'],
  ['左侧', 'to your left'], ['左前方', 'ahead on your left'],
];

function planElements() {
  const floors = Array.isArray(state.plan?.floors) ? state.plan.floors : [];
  return floors.flatMap((f) => (Array.isArray(f.elements) ? f.elements : [])
    .map((e) => ({ ...e, level: f.level })));
}

function direction(call) {
  const elements = planElements();
  const target = elements.find((e) => e.type === 'counter'
    && (e.id === call.counterId || e.number === call.counterNumber));
  if (!target) return null;
  const zoneEl = elements.find((e) => e.type === 'zone' && Array.isArray(e.counters)
    && e.counters.includes(target.id));
  const display = zone && elements.find((e) => e.type === 'display' && e.zone === zone);
  if (!display || !Array.isArray(display.at) || !Array.isArray(target.at)
      || display.level !== target.level) {
    return zoneEl?.name ? { zh: `位于${zoneEl.name['zh-CN'] ?? ''}`, en: `in ${zoneEl.name.en ?? ''}` } : null;
  }
  const facing = FACING[display.facing] ?? FACING.south;
  const forward = [-facing[0], -facing[1]];
  const right = [-forward[1], forward[0]];
  const d = [target.at[0] - display.at[0], target.at[1] - display.at[1]];
  const sx = d[0] * right[0] + d[1] * right[1];
  const sUp = d[0] * forward[0] + d[1] * forward[1];
  const angle = (Math.atan2(sx, sUp) * 180) / Math.PI; // clockwise from "ahead"
  const sector = SECTORS[((Math.round(angle / 45) % 8) + 8) % 8];
  return { angle, zh: `${call.counterNumber}号窗口在您${sector[0]}`, en: `Counter ${call.counterNumber} is ${sector[1]}` };
}

function showDirection(call) {
  const d = state.plan ? direction(call) : null;
  $('direction').hidden = !d;
  if (!d) return;
  $('direction-zh').textContent = d.zh;
  $('direction-en').textContent = d.en;
  const arrow = $('arrow');
  arrow.hidden = d.angle == null;
  if (d.angle != null) arrow.style.transform = `rotate(${Math.round(d.angle - 90)}deg)`;
}

async function loadFloorplan() {
  try {
    state.plan = await get('/api/v1/floorplan');
  } catch {
    state.plan = null; // no floorplan yet (404) or unreadable: no directions, nothing else changes
  }
  state.planLoads = (state.planLoads ?? 0) + 1;
  document.body.dataset.planLoads = String(state.planLoads); // lets tests and staff see a reload
  const zoneEl = planElements().find((e) => e.type === 'zone' && e.id === zone);
  $('zone').textContent = zoneEl?.name ? `${zoneEl.name['zh-CN'] ?? ''} ${zoneEl.name.en ?? ''}` : (zone ?? '');
}

// ---- board snapshot ------------------------------------------------------------------------

async function loadBoard(recent) {
  const q = new URLSearchParams();
  if (zone) q.set('zone', zone);
  if (recent) q.set('recent', String(RECENT));
  const board = await get(`/api/v1/board?${q}`);
  state.offset = Date.parse(board.serverTime) - Date.now();
  state.counterIds = new Set(board.counters.map((c) => c.id));
  $('office-zh').textContent = board.office?.['zh-CN'] ?? '';
  $('office-en').textContent = board.office?.en ?? '';
  const notice = board.notice ? `${board.notice['zh-CN'] ?? ''}　　${board.notice.en ?? ''}` : '';
  if ($('notice').textContent !== notice) $('notice').textContent = notice;
  $('services').replaceChildren(...board.services.map((s) =>
    el('li', { dataset: { service: s.code, waiting: s.waiting } },
      el('span', { class: 'name' }, `${s.code} ${s.name['zh-CN'] ?? ''}`, el('span', { lang: 'en' }, s.name.en ?? '')),
      el('span', { class: 'count' }, s.waiting, el('small', {}, ' 人')))));
  return board;
}

const refreshBoard = debounce(() => loadBoard(false).catch(() => {}), 700);

function onEvent(e) {
  if ((e.type === 'TICKET_CALLED' || e.type === 'TICKET_RECALLED') && e.ticket && e.counter
      && (!zone || state.counterIds?.has(e.counter.id))) {
    const call = callOf(e);
    remember(call);
    const stale = e.at && serverNow() - Date.parse(e.at) > STALE_MS;
    if (stale) {
      if (!announcer.busy) showNow(call, false);
    } else {
      announcer.add(call);
    }
  }
  if (e.type === 'CONFIG_CHANGED') {
    loadFloorplan();
    loadBoard(false).catch(() => {});
  } else if (e.ticket || e.type === 'COUNTER_STATUS') {
    refreshBoard();
  }
}

function renderConnection() {
  const conn = $('conn');
  conn.className = `conn ${state.conn}`;
  $('conn-text').textContent = { live: '实时 Live', connecting: '连接中 Connecting', down: '重新连接中 Reconnecting' }[state.conn];
  document.body.dataset.conn = state.conn;
}

function tickClock() {
  const now = new Date(serverNow());
  $('clock').textContent = now.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
}

// ---- start ---------------------------------------------------------------------------------

function setup() {
  $('setup').hidden = false;
  $('register').addEventListener('click', async () => {
    const r = await fetch('/api/v1/devices', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf },
      body: JSON.stringify({ name: `叫号屏 Display ${zone ?? ''}`.trim(), kind: 'DISPLAY' }),
    }).catch(() => null);
    if (r && r.status === 201) {
      const device = await r.json();
      const next = new URLSearchParams({ access_token: device.token });
      if (zone) next.set('zone', zone);
      location.replace(`/display?${next}`);
    } else {
      $('setup-message').textContent = '请先以管理员身份登录。Sign in as a manager first.';
    }
  });
}

async function start() {
  let board;
  for (let delay = 1000; ; delay = Math.min(delay * 2, 10000)) {
    try {
      board = await loadBoard(true);
      break;
    } catch (e) {
      if (e.status === 401 || e.status === 403) {
        setup();
        return;
      }
      state.conn = 'down';
      renderConnection();
      await sleep(delay);
    }
  }
  await loadFloorplan();
  const recent = (board.recentCalls ?? []).filter((e) => e.ticket && e.counter).map(callOf);
  state.recent = recent.slice(0, RECENT);
  renderRecent();
  if (recent[0]) showNow(recent[0], false);
  state.stream = new EventStream({
    since: board.seq,
    token,
    onEvent,
    onState: (s) => {
      const wasDown = state.conn === 'down';
      state.conn = s;
      if (s === 'live') {
        document.body.dataset.live = 'true';
        if (wasDown) {
          loadBoard(false).catch(() => {});
          loadFloorplan();
        }
      }
      renderConnection();
    },
  });
  setInterval(() => loadBoard(false).catch(() => {}), 60000);
}

$('sound').addEventListener('click', () => {
  audio ??= new AudioContext();
  audio.resume().then(() => { $('sound').hidden = audio.state === 'running'; });
  if ('speechSynthesis' in window) speechSynthesis.getVoices();
});
renderConnection();
tickClock();
setInterval(tickClock, 1000);
start();
