// The display board: shows and announces each call (chime, then Chinese, then English speech, by
// the browser's voice or the server's offline one: board-voice.js; always a flashing caption),
// queued so none is skipped. "Now calling" shows only a call still standing: a ticket done, no-show,
// transferred or cancelled, or at a counter that paused or closed, leaves it. It follows
// the hall from the events alone: a call carries its ticket, counter and announcement, and the
// waiting counts move with each issue, call and cancel. The snapshot (/api/v1/board) is read at
// the start, after an outage, on RESYNC, on a configuration change and once a minute.
import { api, configure, ApiError } from '/kit/api.js';
import { el, $, debounce, sleep } from '/kit/dom.js';
import { loadTexts, loadOffice, officeTime, t, bilingual, translatePage } from '/kit/i18n.js';
import { EventStream } from '/kit/live.js';
import { direction, planElements } from './directions.js';
import { startLearningSlide } from './learning-slide.js';
import { BoardVoice } from './board-voice.js';

const RECENT = 6;
const LOG = 30;
const STALE_MS = 120000; // calls missed during an outage: listed, not announced
const params = new URLSearchParams(location.search);
const token = params.get('access_token');
const zone = params.get('zone') || null;
const state = {
  offset: 0,
  recent: [],
  plan: null,
  services: [],
  counterIds: new Set(),
  boardSeq: 0,
  conn: 'connecting',
  snapshots: 0,
  texts: false,
  standing: new Map(), // ticketId -> the call of a ticket still called or served at an open counter
  shown: null, // the call "Now calling" shows
};
const LEAVING = new Set(['TICKET_COMPLETED', 'TICKET_NO_SHOW', 'TICKET_TRANSFERRED', 'TICKET_CANCELLED', 'TICKET_EXPIRED']);
configure({ token });

const serverNow = () => Date.now() + state.offset;
/** Both languages side by side, as the board shows every text. */
const both = (key, p) => {
  const text = bilingual(key, p);
  return `${text['zh-CN']} ${text.en}`;
};

// ---- announcing ----------------------------------------------------------------------------

let audio = null;
function audioContext() {
  try {
    audio ??= new AudioContext();
  } catch {
    return null; // no Web Audio at all: the voice mark says so
  }
  return audio;
}

function chime() {
  try {
    audioContext();
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

const voice = new BoardVoice({
  token,
  context: audioContext,
  onChange: ({ on, reason }) => {
    document.body.dataset.voice = on ? 'on' : 'off';
    $('voice-off').hidden = on;
    $('voice-off').title = reason;
    $('sound').hidden = !audio || audio.state === 'running'; // a click lets the browser play sound
  },
});

class Announcer {
  constructor() {
    this.queue = [];
    this.busy = false;
  }

  add(call) {
    voice.prepare(call.zh, 'zh-CN');
    voice.prepare(call.en, 'en');
    this.queue.push(call);
    if (!this.busy) this.next();
  }

  async next() {
    const call = this.queue.shift();
    if (!call) {
      this.busy = false;
      $('caption').classList.remove('flash');
      if (state.shown && !state.standing.has(state.shown.ticketId)) showStanding();
      return;
    }
    this.busy = true;
    const started = Date.now();
    try {
      showNow(call, true);
      await chime();
      // Chinese first, then English; each by the browser's voice or the server's.
      const said = { zh: await voice.say(call.zh, 'zh-CN') };
      said.en = await voice.say(call.en, 'en');
      const logged = $('announced').querySelector(`li[data-seq="${call.seq}"]`);
      if (logged) Object.assign(logged.dataset, { spokenZh: said.zh, spokenEn: said.en });
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
  state.shown = call;
  $('now-number').textContent = call.number;
  $('now-counter').textContent = call.counter.number;
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

/** "Now calling" empty: nothing called stands. */
function showIdle() {
  state.shown = null;
  $('now-number').textContent = '—';
  $('now-counter').textContent = '';
  $('now-zh').textContent = '';
  $('now-en').textContent = '';
  const caption = $('caption');
  delete caption.dataset.ticket;
  delete caption.dataset.seq;
  caption.classList.add('idle');
  $('direction').hidden = true;
}

/** The latest call still standing, without announcing it again; idle when none stands. */
function showStanding() {
  const latest = [...state.standing.values()].sort((a, b) => b.seq - a.seq)[0];
  if (latest) showNow(latest, false);
  else showIdle();
}

/** These tickets' calls no longer stand; "Now calling" moves on unless a call is being announced. */
function leave(ticketIds) {
  let changed = false;
  for (const id of ticketIds) changed = state.standing.delete(id) || changed;
  if (changed && !announcer.busy && state.shown && !state.standing.has(state.shown.ticketId)) showStanding();
}

/** The calls of the snapshot that still stand: their ticket is current at an open counter. */
function standingOf(board, calls) {
  const current = new Map(board.counters.filter((c) => c.current && c.status === 'OPEN').map((c) => [c.current.id, c.id]));
  state.standing = new Map(calls.filter((c) => current.get(c.ticketId) === c.counter.id).map((c) => [c.ticketId, c]));
}

/** A call event as the board shows it; the server words the announcement (EventBodies). */
function callOf(e) {
  const a = e.announcement ?? {};
  return {
    seq: e.seq,
    at: e.at,
    ticketId: e.ticket.id,
    number: e.ticket.number,
    appointment: e.reason?.rule === 'APPOINTMENT',
    counter: e.counter,
    zh: a['zh-CN'] ?? '',
    en: a.en ?? '',
  };
}

/** A call joins "Recent calls" at the top; a recall of a listed number flashes its card instead. */
function remember(call, recall) {
  const listed = state.recent.findIndex((c) => c.ticketId === call.ticketId);
  if (recall && listed >= 0) {
    state.recent[listed] = call;
    renderRecent();
    const card = $('recent').children[listed];
    void card.offsetWidth;
    card.classList.add('flash');
    return;
  }
  state.recent = [call, ...state.recent.filter((c) => c.ticketId !== call.ticketId)].slice(0, RECENT);
  renderRecent();
}

function renderRecent() {
  $('recent').replaceChildren(...state.recent.map((c) => {
    const where = bilingual('display.atCounter', { n: c.counter.number });
    const tag = bilingual('appointments.tag');
    return el('li', { dataset: { ticket: c.number, seq: c.seq } },
      el('span', { class: 'num' }, c.number,
        c.appointment ? el('small', { class: 'appointment-tag' }, tag['zh-CN'], ' · ', tag.en) : null),
      el('span', { class: 'where' }, where['zh-CN'], el('small', { lang: 'en' }, where.en)));
  }));
}

function showDirection(call) {
  const d = state.plan ? direction(state.plan, zone, call.counter) : null;
  $('direction').hidden = !d;
  if (!d) return;
  $('direction-zh').textContent = d.text['zh-CN'];
  $('direction-en').textContent = d.text.en;
  const arrow = $('arrow');
  arrow.hidden = d.angle == null;
  if (d.angle != null) arrow.style.transform = `rotate(${Math.round(d.angle - 90)}deg)`;
}

async function loadFloorplan() {
  try {
    state.plan = await api('GET', '/api/v1/floorplan');
  } catch {
    state.plan = null; // no floorplan yet (404) or unreadable: no directions, nothing else changes
  }
  state.planLoads = (state.planLoads ?? 0) + 1;
  document.body.dataset.planLoads = String(state.planLoads); // lets tests and staff see a reload
  const zoneEl = planElements(state.plan).find((e) => e.type === 'zone' && e.id === zone);
  $('zone').textContent = zoneEl?.name ? `${zoneEl.name['zh-CN'] ?? ''} ${zoneEl.name.en ?? ''}` : (zone ?? '');
}

// ---- waiting per service -------------------------------------------------------------------

function renderServices() {
  const unit = bilingual('display.peopleUnit');
  $('services').replaceChildren(...state.services.map((s) =>
    el('li', { dataset: { service: s.code, waiting: s.waiting } },
      el('span', { class: 'name' }, `${s.code} ${s.name['zh-CN'] ?? ''}`, el('span', { lang: 'en' }, s.name.en ?? '')),
      el('span', { class: 'count' }, s.waiting, el('small', { lang: 'zh-CN' }, ` ${unit['zh-CN']}`)))));
}

/**
 * The waiting-count changes seen in events, kept a while: a snapshot read while they arrived is
 * brought up to date with those after its seq, and those before it are not counted twice.
 */
const changes = [];

function count(change) {
  const service = state.services.find((s) => s.code === change.code);
  if (service) service.waiting = Math.max(0, service.waiting + change.by);
}

/** One more or one fewer waiting for a service, unless the snapshot already counts it. */
function waitingChanges(seq, code, by) {
  changes.push({ seq, code, by });
  if (changes.length > 500) changes.shift();
  if (seq <= state.boardSeq) return;
  count({ code, by });
  renderServices();
}

// ---- board snapshot ------------------------------------------------------------------------

async function loadBoard(recent) {
  const q = new URLSearchParams();
  if (zone) q.set('zone', zone);
  if (recent) q.set('recent', String(RECENT));
  const board = await api('GET', `/api/v1/board?${q}`);
  state.offset = Date.parse(board.serverTime) - Date.now();
  state.counterIds = new Set(board.counters.map((c) => c.id));
  state.services = board.services;
  state.boardSeq = board.seq;
  changes.filter((c) => c.seq > board.seq).forEach(count);
  state.snapshots += 1;
  document.body.dataset.snapshots = String(state.snapshots); // lets tests see a reload
  document.body.dataset.snapshotSeq = String(board.seq); // and the seq it is as of
  $('office-zh').textContent = board.office?.['zh-CN'] ?? '';
  $('office-en').textContent = board.office?.en ?? '';
  const notice = board.notice ? `${board.notice['zh-CN'] ?? ''}　　${board.notice.en ?? ''}` : '';
  if ($('notice').textContent !== notice) $('notice').textContent = notice;
  renderServices();
  return board;
}

const refreshBoard = debounce(() => loadBoard(false).catch(() => {}), 700);

function onEvent(e) {
  const ticket = e.ticket;
  switch (e.type) {
    case 'TICKET_CALLED':
    case 'TICKET_RECALLED':
      if (e.type === 'TICKET_CALLED') waitingChanges(e.seq, ticket.service, -1);
      if (e.counter && (!zone || state.counterIds.has(e.counter.id))) {
        const call = callOf(e);
        state.standing.set(call.ticketId, call);
        remember(call, e.type === 'TICKET_RECALLED');
        const stale = e.at && serverNow() - Date.parse(e.at) > STALE_MS;
        if (stale) {
          if (!announcer.busy) showNow(call, false);
        } else {
          announcer.add(call);
        }
      }
      break;
    case 'TICKET_ISSUED':
      waitingChanges(e.seq, ticket.service, +1);
      break;
    case 'TICKET_CANCELLED': // only a waiting ticket can be cancelled
      waitingChanges(e.seq, ticket.service, -1);
      leave([ticket.id]);
      break;
    case 'TICKET_TRANSFERRED': // the event does not say which service it left, nor whether it waited
      refreshBoard();
      leave([ticket.id]);
      break;
    case 'TICKET_COMPLETED':
    case 'TICKET_NO_SHOW':
    case 'TICKET_EXPIRED':
      leave([ticket.id]);
      break;
    case 'COUNTER_STATUS':
      if (e.counter && e.counter.status !== 'OPEN') {
        leave([...state.standing.values()].filter((c) => c.counter.id === e.counter.id).map((c) => c.ticketId));
      }
      break;
    case 'CONFIG_CHANGED':
      loadFloorplan();
      loadBoard(false).catch(() => {});
      break;
    default: // started, device status: nothing on the board moves
  }
}

function renderConnection() {
  if (!state.texts) return;
  const conn = $('conn');
  conn.className = `conn ${state.conn}`;
  $('conn-text').textContent = both(`display.conn.${state.conn === 'live' ? 'live' : state.conn === 'down' ? 'down' : 'connecting'}`);
  document.body.dataset.conn = state.conn;
}

/** The office's time (its zone from the server, the instant corrected by the server's clock). */
function tickClock() {
  if (state.texts) $('clock').textContent = officeTime(serverNow());
}

// ---- start ---------------------------------------------------------------------------------

function setup() {
  $('setup').hidden = false;
  $('register').addEventListener('click', async () => {
    try {
      const device = await api('POST', '/api/v1/devices', { name: `${both('display.title')} ${zone ?? ''}`.trim(), kind: 'DISPLAY' });
      const next = new URLSearchParams({ access_token: device.token });
      if (zone) next.set('zone', zone);
      location.replace(`/display?${next}`);
    } catch {
      $('setup-message').textContent = both('display.setupFailed');
    }
  });
}

/** Sound on where the browser allows it without a click; then whether the board can speak. */
async function startVoice() {
  const ctx = audioContext();
  if (ctx?.state === 'suspended') ctx.resume().then(() => voice.update(), () => {});
  await sleep(300);
  await voice.check();
}

/** The board's snapshot again, after RESYNC or a 1008 close: its seq is where the stream goes on. */
async function resync() {
  const board = await loadBoard(true);
  const recent = (board.recentCalls ?? []).filter((e) => e.ticket && e.counter).map(callOf);
  state.recent = recent.slice(0, RECENT);
  renderRecent();
  standingOf(board, recent);
  if (!announcer.busy) showStanding();
  return board.seq;
}

async function start() {
  let board;
  for (let delay = 1000; ; delay = Math.min(delay * 2, 10000)) {
    try {
      if (!state.texts) {
        await Promise.all([loadTexts(), loadOffice()]);
        state.texts = true;
        tickClock();
        translatePage();
      }
      board = await loadBoard(true);
      break;
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
        setup();
        return;
      }
      state.conn = 'down';
      renderConnection();
      await sleep(delay);
    }
  }
  await loadFloorplan();
  startVoice();
  const recent = (board.recentCalls ?? []).filter((e) => e.ticket && e.counter).map(callOf);
  state.recent = recent.slice(0, RECENT);
  renderRecent();
  standingOf(board, recent);
  showStanding();
  new EventStream({
    since: board.seq,
    token,
    onEvent,
    resync,
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
  if (!audioContext()) return;
  audio.resume().then(() => {
    $('sound').hidden = audio.state === 'running';
    voice.update();
  });
  if ('speechSynthesis' in window) speechSynthesis.getVoices();
});
setInterval(tickClock, 1000);
start().then(() => {
  if ($('setup').hidden) startLearningSlide({ quietSeconds: Number(params.get('slides') ?? 90), callsBox: $('caption'), area: document.querySelector('main') });
  document.title = both('display.pageTitle');
  $('notice-box').setAttribute('aria-label', both('display.notice'));
  $('announced').setAttribute('aria-label', both('display.announced'));
});
