// Park (hold) on the counter dashboard: the panel that sends the current visitor aside for some
// minutes (to fetch a missing copy), and the list of parked visitors with the time left and a
// button that brings each back to the front of their service. The list is read from the server
// (/api/v1/parked) at start and whenever a park event arrives; the countdown runs on the page.
import { api } from '/kit/api.js';
import { el, $ } from '/kit/dom.js';
import { t, clock } from '/kit/i18n.js';

const EVENTS = new Set(['TICKET_PARKED', 'TICKET_UNPARKED', 'TICKET_EXPIRED']);
let desk = null;
let parked = [];

/**
 * Wires the panel and the list. `page` gives what the dashboard knows: current() (the counter's
 * ticket), serverNow(), serviceName(code), busy(on) while a request runs, said(key, params,
 * error) for the outcome line, and parkedAway() once the current visitor is parked.
 */
export function startParking(page) {
  desk = page;
  $('park-panel').addEventListener('submit', park);
  $('park-cancel').addEventListener('click', closePanel);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('park-panel').hidden) closePanel();
  });
  readParked();
  setInterval(tickParked, 1000);
}

export function openParkPanel() {
  $('transfer-panel').hidden = true;
  $('park-panel').hidden = false;
  $('park-minutes').focus();
}

function closePanel() {
  $('park-panel').hidden = true;
}

/** Reads the list again after a park event (or a resync). */
export function onParkEvent(e) {
  if (e == null || EVENTS.has(e.type)) readParked();
}

async function readParked() {
  try {
    parked = await api('GET', '/api/v1/parked');
  } catch (e) {
    console.warn('parked', e);
  }
  renderParked();
}

async function park(event) {
  event.preventDefault();
  const cur = desk.current();
  if (!cur) return;
  const minutes = Number($('park-minutes').value);
  const reason = $('park-reason').value.trim() || null;
  desk.busy(true);
  try {
    const ticket = await api('POST', `/api/v1/tickets/${cur.id}/park`, { minutes, reason });
    closePanel();
    $('park-reason').value = '';
    desk.parkedAway();
    desk.said('park.parked', { n: ticket.number, m: minutes });
  } catch (e) {
    if (e.status !== 401) desk.said('error', { detail: e.message }, true);
  } finally {
    desk.busy(false);
  }
  readParked();
}

async function unpark(ticket) {
  desk.busy(true);
  try {
    await api('POST', `/api/v1/tickets/${ticket.id}/unpark`);
    desk.said('park.back', { n: ticket.number });
  } catch (e) {
    if (e.status !== 401) desk.said('error', { detail: e.message }, true);
  } finally {
    desk.busy(false);
  }
  readParked();
}

/** The list in the page's language (called again on a language switch). */
export function renderParked() {
  if (!desk) return;
  $('park-reason').placeholder = t('park.reasonHint');
  $('parked').hidden = parked.length === 0;
  $('parked-count').textContent = t('staff.people', { n: parked.length });
  $('parked-list').replaceChildren(...parked.map((p) =>
    el('li', { dataset: { ticket: p.number } },
      el('span', { class: 'num' }, p.number),
      el('span', { class: 'what' },
        `${p.service} · ${desk.serviceName(p.service)}`,
        p.counter ? ` · ${t('park.atCounter', { c: p.counter.number })}` : '',
        p.reason ? el('span', { class: 'park-note' }, p.reason) : null),
      el('span', { class: 'left', dataset: { until: p.until } }, ''),
      el('button', { type: 'button', class: 'btn go', onclick: () => unpark(p) }, t('park.unpark')))));
  tickParked();
}

function tickParked() {
  if (!desk) return;
  for (const cell of document.querySelectorAll('#parked-list .left')) {
    const left = (Date.parse(cell.dataset.until) - desk.serverNow()) / 1000;
    cell.textContent = left > 0 ? t('park.left', { time: clock(left) }) : t('park.due');
    cell.classList.toggle('due', left <= 0);
  }
}
