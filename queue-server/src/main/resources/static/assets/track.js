// The visitor's phone page. It polls the public track endpoint (every 3 s while the page is
// visible, at once when it becomes visible again): a phone drops and re-opens connections all
// the time, and a poll needs no socket, no sign-in and reveals nothing but this one ticket.
import { startLanguage, saveLanguage, translator } from './i18n.js';

const t = translator({
  title: { 'zh-CN': '排队进度', en: 'Your place in the queue' },
  switchTo: { 'zh-CN': 'English', en: '中文' },
  yourNumber: { 'zh-CN': '您的号码', en: 'Your number' },
  position: { 'zh-CN': '前面还有', en: 'People ahead' },
  wait: { 'zh-CN': '预计等候', en: 'Estimated wait' },
  people: { 'zh-CN': '{n} 人', en: '{n}' },
  minutes: { 'zh-CN': '约 {n} 分钟', en: 'about {n} min' },
  soon: { 'zh-CN': '马上', en: 'very soon' },
  WAITING: { 'zh-CN': '排队中', en: 'Waiting' },
  WAITING_next: { 'zh-CN': '下一位就是您，请留意叫号', en: 'You are next: please listen for your number' },
  CALLED: { 'zh-CN': '请到 {c} 号窗口办理', en: 'Please go to counter {c}' },
  SERVING: { 'zh-CN': '正在 {c} 号窗口办理', en: 'Being served at counter {c}' },
  DONE: { 'zh-CN': '已办结，谢谢您的耐心', en: 'Done. Thank you for waiting' },
  NO_SHOW: { 'zh-CN': '已过号', en: 'Your number has passed' },
  CANCELLED: { 'zh-CN': '此号已取消', en: 'This ticket was cancelled' },
  EXPIRED: {
    'zh-CN': '此号已过期：当天营业结束时仍未办理。请重新取号。',
    en: 'This ticket expired: the day ended before it was served. Please take a new ticket.',
  },
  howCalled: {
    'zh-CN': '请按大厅指示牌走到 {c} 号窗口（{name}），把号码给工作人员看。',
    en: 'Follow the signs in the hall to counter {c} ({name}) and show this number.',
  },
  recalled: { 'zh-CN': '已重呼 {n} 次，请尽快前往。', en: 'Called again ({n}). Please go now.' },
  howWaiting: {
    'zh-CN': '您可以先离开座位，本页会自动更新；快到您时请回到等候区。',
    en: 'You may leave your seat; this page updates by itself. Come back to the waiting area when you are close.',
  },
  howNoShow: {
    'zh-CN': '叫号时您不在。请到咨询台，工作人员会帮您重新安排。',
    en: 'You were not there when called. Please go to the information desk; staff will help you.',
  },
  updated: { 'zh-CN': '更新于 {time}', en: 'Updated {time}' },
  offline: { 'zh-CN': '暂时连不上服务器，正在重试…', en: 'Cannot reach the server right now; retrying…' },
  unknownTitle: { 'zh-CN': '没有找到这张号', en: 'We could not find this ticket' },
  unknownText: {
    'zh-CN': '二维码可能不完整，或这张号已过期。请到咨询台询问，工作人员会帮您。',
    en: 'The QR code may be incomplete, or the ticket has expired. Please ask at the information desk; staff will help you.',
  },
  privacy: { 'zh-CN': '本页不保存您的任何个人信息。', en: 'This page keeps no personal information about you.' },
});

const token = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
const $ = (id) => document.getElementById(id);
const state = { ticket: null, services: new Map(), lang: null, unknown: false, updated: null, timer: null };
const FINAL = new Set(['DONE', 'NO_SHOW', 'CANCELLED', 'EXPIRED']);

function render() {
  t.setLanguage(state.lang);
  $('lang').textContent = t('switchTo');
  $('lang').lang = state.lang === 'en' ? 'zh-CN' : 'en';
  document.title = `${t('title')} · HallQueue`;
  $('unknown').hidden = !state.unknown;
  const k = state.ticket;
  $('ticket').hidden = !k;
  if (state.updated) $('updated').textContent = t('updated', { time: state.updated.toLocaleTimeString(state.lang) });
  if (!k) return;
  $('number').textContent = k.number;
  $('service').textContent = t.pick(state.services.get(k.service)?.name) || k.service;
  const c = k.counter?.number ?? '';
  const status = $('status');
  const next = k.status === 'WAITING' && k.position === 1;
  status.textContent = next ? t('WAITING_next') : t(k.status, { c });
  status.className = `status ${k.status}`;
  status.dataset.status = k.status;
  const waiting = k.status === 'WAITING';
  $('place').hidden = !waiting;
  if (waiting) {
    $('position').textContent = t('people', { n: Math.max(0, (k.position ?? 1) - 1) });
    const min = Math.round((k.estimatedWaitSeconds ?? 0) / 60);
    $('wait').textContent = min < 1 ? t('soon') : t('minutes', { n: min });
  }
  let how = '';
  if (k.status === 'CALLED') {
    how = t('howCalled', { c, name: t.pick(k.counter?.name) });
    if (k.recallCount > 0) how += ' ' + t('recalled', { n: k.recallCount });
  } else if (waiting) {
    how = t('howWaiting');
  } else if (k.status === 'NO_SHOW') {
    how = t('howNoShow');
  }
  $('how').textContent = how;
}

async function poll() {
  clearTimeout(state.timer);
  try {
    const r = await fetch(`/api/v1/tickets/track/${encodeURIComponent(token)}`, {
      headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'omit',
    });
    $('offline').hidden = true;
    if (r.status === 404 || r.status === 400) {
      state.unknown = true;
      state.ticket = null;
      render();
      return; // nothing will change for an unknown code
    }
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const ticket = await r.json();
    const before = state.ticket?.status;
    if (state.lang == null) {
      state.lang = startLanguage(ticket.language);
    }
    state.ticket = ticket;
    state.unknown = false;
    state.updated = new Date();
    if (before && before !== 'CALLED' && ticket.status === 'CALLED' && navigator.vibrate) {
      navigator.vibrate([400, 200, 400]);
    }
    render();
    document.body.dataset.status = ticket.status;
  } catch {
    $('offline').hidden = false;
  }
  const every = state.ticket && FINAL.has(state.ticket.status) ? 60000 : 3000;
  if (document.visibilityState === 'visible') state.timer = setTimeout(poll, every);
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && !state.unknown) poll();
});
$('lang').addEventListener('click', () => {
  state.lang = state.lang === 'en' ? 'zh-CN' : 'en';
  saveLanguage(state.lang);
  render();
});

async function main() {
  state.lang = new URLSearchParams(location.search).get('lang') ? startLanguage() : null;
  try {
    const services = await (await fetch('/api/v1/services', { cache: 'no-store' })).json();
    state.services = new Map(services.map((s) => [s.code, s]));
  } catch { /* names fall back to codes */ }
  await poll();
  if (state.lang == null) {
    state.lang = startLanguage(navigator.language?.startsWith('zh') ? 'zh-CN' : 'zh-CN');
    render();
  }
}
main();
