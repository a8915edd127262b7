// The visitor's phone page. It polls the public track endpoint (every 3 s while the page is
// visible, at once when it becomes visible again): a phone drops and re-opens connections all
// the time, and a poll needs no socket, no sign-in and reveals nothing but this one ticket.
import { api, ApiError } from '/kit/api.js';
import { $ } from '/kit/dom.js';
import { loadTexts, t, pick, lang, setLang, startLanguage, otherLang } from '/kit/i18n.js';

const token = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
const state = { ticket: null, services: new Map(), chosen: false, unknown: false, updated: null, timer: null };
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
  if (state.updated) $('updated').textContent = t('track.updated', { time: state.updated.toLocaleTimeString(lang()) });
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
    how = t('track.howCalled', { c, name: pick(k.counter?.name) });
    if (k.recallCount > 0) how += ' ' + t('track.recalled', { n: k.recallCount });
  } else if (waiting) {
    how = t('track.howWaiting');
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

async function poll() {
  clearTimeout(state.timer);
  try {
    const ticket = await api('GET', `/api/v1/tickets/track/${encodeURIComponent(token)}`);
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
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
      $('offline').hidden = true;
      state.unknown = true;
      state.ticket = null;
      render();
      return; // nothing will change for an unknown code
    }
    $('offline').hidden = false;
  }
  const every = state.ticket && FINAL.has(state.ticket.status) ? 60000 : 3000;
  if (document.visibilityState === 'visible') state.timer = setTimeout(poll, every);
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && !state.unknown) poll();
});
$('lang').addEventListener('click', () => {
  setLang(otherLang(), { save: true });
  state.chosen = true;
  render();
});

async function main() {
  await loadTexts();
  const asked = new URLSearchParams(location.search).get('lang');
  setLang(startLanguage());
  state.chosen = asked != null;
  try {
    const services = await api('GET', '/api/v1/services');
    state.services = new Map(services.map((s) => [s.code, s]));
  } catch { /* names fall back to codes */ }
  await poll();
  state.chosen = true;
  render();
}
main();
