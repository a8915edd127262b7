// The counter-side rating screen (好差评): a small tablet beside a counter, device kind RATER.
// It waits, idle, until the clerk completes a ticket at its counter (TICKET_COMPLETED on the
// event stream), then shows five large faces with words in both languages. A good score is sent
// at once; a lower one asks what went wrong (optional). Untouched for 30 s, it goes back to idle:
// no visitor is pressed to rate.
import { api, configure, ApiError } from '/kit/api.js';
import { el, $, sleep } from '/kit/dom.js';
import { loadTexts, bilingual, translatePage } from '/kit/i18n.js';
import { EventStream } from '/kit/live.js';
import { SCORES, face } from './faces.js';

const IDLE_MS = 30000;
const THANKS_MS = 6000;
const token = new URLSearchParams(location.search).get('access_token');
const state = { counter: null, reasons: [], visit: null, score: null, chosen: new Set(), timer: null };
configure({ token });

/** A text in both languages, as two spans the stylesheet stacks: Chinese first, larger. */
function both(key, params) {
  const text = bilingual(key, params);
  return [el('span', { lang: 'zh-CN' }, text['zh-CN']), el('span', { lang: 'en' }, text.en)];
}

function show(screen) {
  for (const id of ['idle', 'ask', 'why', 'thanks', 'setup']) $(id).hidden = id !== screen;
  document.body.dataset.state = screen;
}

/** Back to idle after IDLE_MS with no touch; every touch starts the wait again. */
function arm(ms = IDLE_MS) {
  clearTimeout(state.timer);
  state.timer = setTimeout(idle, ms);
}

function idle() {
  clearTimeout(state.timer);
  state.visit = null;
  state.score = null;
  state.chosen.clear();
  show('idle');
}

function ask(visit) {
  state.visit = visit;
  state.score = null;
  state.chosen.clear();
  $('ticket-zh').textContent = bilingual('rating.ticket', { number: visit.number })['zh-CN'];
  $('ticket-en').textContent = bilingual('rating.ticket', { number: visit.number }).en;
  $('message').hidden = true;
  show('ask');
  arm();
}

function renderFaces() {
  $('faces').replaceChildren(
    ...SCORES.map((score) => {
      const words = bilingual(`rating.level.${score}`);
      return el('button', {
        type: 'button', class: `face-button s${score}`, dataset: { score },
        'aria-label': `${words['zh-CN']} ${words.en}`,
        onclick: () => chooseScore(score),
      }, face(score), ...both(`rating.level.${score}`));
    }),
  );
}

function renderReasons() {
  $('reasons').replaceChildren(
    ...state.reasons.map((r) => el('button', {
      type: 'button', class: 'reason', dataset: { code: r.code }, 'aria-pressed': String(state.chosen.has(r.code)),
      onclick: (e) => {
        if (state.chosen.has(r.code)) state.chosen.delete(r.code);
        else state.chosen.add(r.code);
        e.currentTarget.setAttribute('aria-pressed', String(state.chosen.has(r.code)));
        arm();
      },
    }, el('span', { lang: 'zh-CN' }, r.name['zh-CN']), el('span', { lang: 'en' }, r.name.en))),
  );
}

function chooseScore(score) {
  state.score = score;
  if (score >= 4 || state.reasons.length === 0) {
    send();
    return;
  }
  renderReasons();
  show('why');
  arm();
}

async function send() {
  if (!state.visit || state.score == null) return;
  const visit = state.visit;
  clearTimeout(state.timer);
  try {
    await api('POST', '/api/v1/ratings/rater/rating', {
      ticket: visit.ticket, score: state.score, reasons: [...state.chosen],
    });
    thanks(state.score <= 2);
  } catch (e) {
    // 409: rated already (e.g. on the phone) or too late: nothing for the visitor to do
    if (e instanceof ApiError && e.status === 409) {
      thanks(false);
      return;
    }
    const m = $('message');
    m.replaceChildren(...both('rating.failed'));
    m.hidden = false;
    arm();
  }
}

function thanks(bad) {
  state.visit = null;
  $('thanks-bad').hidden = !bad;
  show('thanks');
  $('thanks-h').focus();
  arm(THANKS_MS);
}

function onEvent(event) {
  if (event.type === 'TICKET_COMPLETED' && event.counter?.id === state.counter?.id && event.ticket) {
    ask({ ticket: event.ticket.id, number: event.ticket.number });
  } else if (event.type === 'TICKET_RATED' && state.visit && event.ticketId === state.visit.ticket) {
    thanks(false); // rated on the phone meanwhile
  } else if (event.type === 'CONFIG_CHANGED' && event.what === 'ratings') {
    load().catch(() => {});
  }
}

async function load() {
  const start = await api('GET', '/api/v1/ratings/rater');
  state.counter = start.counter;
  state.reasons = start.reasons ?? [];
  const name = start.counter.name ?? {};
  $('counter-zh').textContent = name['zh-CN'] || `${start.counter.number} 号窗口`;
  $('counter-en').textContent = name.en || `Counter ${start.counter.number}`;
  return start;
}

function setup() {
  show('setup');
  api('GET', '/api/v1/counters').then((counters) => {
    $('setup-counter').replaceChildren(...counters.map((c) => el('option', { value: c.id }, `${c.number} · ${c.name?.['zh-CN'] ?? ''} ${c.name?.en ?? ''}`)));
  }).catch(() => {});
  $('register').addEventListener('click', async () => {
    const counter = $('setup-counter').value;
    try {
      const label = bilingual('rating.deviceName', { n: $('setup-counter').selectedOptions[0]?.textContent.split(' · ')[0] ?? '' });
      const device = await api('POST', '/api/v1/devices', { name: `${label['zh-CN']} ${label.en}`, kind: 'RATER' });
      await api('PUT', `/api/v1/admin/ratings/raters/${device.id}`, { counter });
      location.replace(`/rate?${new URLSearchParams({ access_token: device.token })}`);
    } catch {
      $('setup-message').replaceChildren(...both('rating.setupFailed'));
    }
  });
}

function connection(s) {
  $('conn').className = `conn ${s === 'live' ? 'live' : s === 'down' ? 'down' : 'connecting'}`;
  $('conn').replaceChildren(...both(`display.conn.${s === 'live' ? 'live' : s === 'down' ? 'down' : 'connecting'}`));
  document.body.dataset.conn = s;
}

async function main() {
  await loadTexts();
  translatePage();
  document.title = `${bilingual('rating.pageTitle')['zh-CN']} · ${bilingual('rating.pageTitle').en}`;
  renderFaces();
  $('send').addEventListener('click', send);
  let start;
  for (let delay = 1000; ; delay = Math.min(delay * 2, 10000)) {
    try {
      start = await load();
      break;
    } catch (e) {
      if (!token || (e instanceof ApiError && [401, 403, 409].includes(e.status))) {
        setup();
        if (e instanceof ApiError && e.status === 409) $('setup-message').textContent = e.detail;
        return;
      }
      connection('down');
      await sleep(delay);
    }
  }
  if (start.pending) ask(start.pending);
  else idle();
  new EventStream({
    since: start.seq,
    token,
    onEvent,
    onState: connection,
    resync: async () => (await load()).seq,
  });
  document.addEventListener('pointerdown', () => {
    if (state.visit) arm();
  });
}
main();
