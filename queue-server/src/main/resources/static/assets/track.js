// The visitor's phone page. It reads the public track endpoint once, then follows the ticket by
// push (server-sent events on /api/v1/tickets/track/{token}/live): no sign-in, nothing but this
// one ticket, and the browser reconnects by itself when a phone drops the connection.
import { api, ApiError } from '/kit/api.js';
import { $ } from '/kit/dom.js';
import { loadTexts, loadOffice, t, pick, lang, setLang, startLanguage, otherLang, officeTime, counterLabel } from '/kit/i18n.js';

const token = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
const state = { ticket: null, services: new Map(), chosen: false, unknown: false, updated: null, timer: null, stream: null };
const FINAL = new Set(['DONE', 'NO_SHOW', 'CANCELLED', 'EXPIRED']);


function render() {
  $('lang').textContent = t('lang.switchTo');
  $('lang').lang = otherLang();
  document.title = t('track.pageTitle');
  $('unknown').hidden = !state.unknown;
  const k = state.ticket;
  $('ticket').hidden = !k;
  const learn = `/learn?lang=${lang()}&back=${encodeURIComponent(location.pathname)}`;
  $('learn-game').href = learn;
  $('learn-calc').href = `${learn}#calculator`;
  if (state.updated) $('updated').textContent = t('track.updated', { time: officeTime(state.updated, true) });
  if (!k) return;
  $('number').textContent = k.number;
  $('service').textContent = pick(state.services.get(k.service)?.name) || k.service;
  const c = k.counter?.number ?? '';
  const status = $('status');
  const next = k.status === 'WAITING' && k.position === 1;
  status.textContent = next ? t('track.status.next') : t(`track.status.${k.status}`, { c });
  status.className = `status ${k.status}`;
  status.dataset.status = k.status;
  const waiting = k.status === 'WAITING';
  $('place').hidden = !waiting;
  if (waiting) {
    $('position').textContent = t('track.people', { n: Math.max(0, (k.position ?? 1) - 1) });
    $('wait').textContent = waitText(k);
  }
  let how = '';
  if (k.status === 'CALLED') {
    how = t('phone.howCalled', { place: counterLabel(k.counter) });
    if (k.recallCount > 0) how += ' ' + t('track.recalled', { n: k.recallCount });
  } else if (waiting) {
    how = t('track.howWaiting');
  } else if (k.status === 'PARKED') {
    how = t('park.trackHow', { c, time: officeTime(k.parkedUntil) });
  } else if (k.status === 'NO_SHOW') {
    how = t('track.howNoShow');
  }
  $('how').textContent = how;
}

// A range, not one falsely precise number: the server derives it from its estimate.
function waitText(k) {
  const seconds = k.estimatedWaitSeconds ?? 0;
  if (seconds <= 0) return t('track.soon');
  const r = k.estimatedWait;
  return r ? t('track.range', { from: r.fromMinutes, to: r.toMinutes }) : t('track.minutes', { n: Math.max(1, Math.round(seconds / 60)) });
}

/** Shows the ticket as the server sees it now. */
function show(ticket) {
  $('offline').hidden = true;
  const before = state.ticket?.status;
  if (!state.chosen) {
    setLang(startLanguage(ticket.language)); // the language the visitor chose at the kiosk
    state.chosen = true;
  }
  state.ticket = ticket;
  state.unknown = false;
  state.updated = new Date();
  if (before && before !== 'CALLED' && ticket.status === 'CALLED' && navigator.vibrate) {
    navigator.vibrate([400, 200, 400]);
  }
  render();
  document.body.dataset.status = ticket.status;
  if (FINAL.has(ticket.status)) stopFollowing(); // nothing more will change
}

/** Reads the ticket once: at the start, when the page is shown again, and while the push is down. */
async function read() {
  try {
    show(await api('GET', `/api/v1/tickets/track/${encodeURIComponent(token)}`));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
      $('offline').hidden = true;
      state.unknown = true;
      state.ticket = null;
      stopFollowing();
      render();
      return;
    }
    $('offline').hidden = false;
  }
}

/**
 * Follows the ticket by push: the server sends its view on a server-sent-event stream whenever it
 * changes, and the browser reconnects a dropped stream by itself. While the stream is down the
 * page says so and reads the ticket every 10 s; a browser without EventSource reads every 3 s.
 */
function follow() {
  if (state.unknown || (state.ticket && FINAL.has(state.ticket.status))) return;
  if (!window.EventSource) {
    state.timer = setInterval(read, 3000);
    return;
  }
  const stream = new EventSource(`/api/v1/tickets/track/${encodeURIComponent(token)}/live`);
  state.stream = stream;
  stream.addEventListener('ticket', (e) => show(JSON.parse(e.data)));
  stream.addEventListener('open', () => {
    $('offline').hidden = true;
    clearInterval(state.timer);
    state.timer = null;
    document.body.dataset.live = 'true';
  });
  stream.addEventListener('error', () => {
    document.body.dataset.live = 'false';
    state.timer ??= setInterval(read, 10000);
    if (stream.readyState === EventSource.CLOSED) {
      state.stream = null;
      setTimeout(follow, 5000); // refused outright (a restart): open a new one
    }
  });
}

function stopFollowing() {
  state.stream?.close();
  state.stream = null;
  clearInterval(state.timer);
  state.timer = null;
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && !state.unknown) {
    read();
    if (!state.stream) follow();
  }
});
$('lang').addEventListener('click', () => {
  setLang(otherLang(), { save: true });
  state.chosen = true;
  render();
});

async function main() {
  await Promise.all([loadTexts(), loadOffice()]);
  const asked = new URLSearchParams(location.search).get('lang');
  setLang(startLanguage());
  state.chosen = asked != null;
  try {
    const services = await api('GET', '/api/v1/services');
    state.services = new Map(services.map((s) => [s.code, s]));
  } catch { /* names fall back to codes */ }
  await read();
  state.chosen = true;
  render();
  follow();
}
main();
