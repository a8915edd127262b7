// What the floor assistant checked of the current ticket's documents, under its number:
// "documents checked: 4 of 5 — missing: residence permit" (GET /api/v1/tickets/{id}/precheck).
import { api } from '/kit/api.js';
import { $ } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';

let shown = { id: null, read: null };

/**
 * What this page saw live on the event stream: the tickets issued and those pre-checked since it
 * followed the stream without a gap. A ticket issued in that time and not pre-checked needs no read
 * when it is called, so a call costs the dashboard no request; any other is read once.
 */
const seen = { issued: new Set(), prechecked: new Set() };

/** Follows the events that tell whether a ticket has a pre-check. */
export function notePrecheckEvent(e) {
  if (!e.ticket) return;
  if (e.type === 'TICKET_ISSUED') seen.issued.add(e.ticket.id);
  if (e.type === 'TICKET_PRECHECKED') seen.prechecked.add(e.ticket.id);
}

/** After a gap in the stream (a resync), what was seen no longer tells: read again. */
export function forgetPrecheckEvents() {
  seen.issued.clear();
  seen.prechecked.clear();
}

/** Shows the pre-check of ticket c (null: none shown); reads it once per ticket. */
export function showPrecheck(c) {
  const box = $('current-precheck');
  if (!c) {
    shown = { id: null, read: null };
    box.hidden = true;
    return;
  }
  if (shown.id !== c.id && seen.issued.has(c.id) && !seen.prechecked.has(c.id)) {
    shown = { id: c.id, read: { precheck: null } };
  } else if (shown.id !== c.id) {
    shown = { id: c.id, read: null };
    const id = c.id;
    api('GET', `/api/v1/tickets/${id}/precheck`)
      .then((read) => {
        if (shown.id === id) {
          shown.read = read;
          render(box);
        }
      })
      .catch(() => {});
  }
  render(box);
}

function render(box) {
  const p = shown.read?.precheck;
  box.hidden = shown.read == null;
  if (!shown.read) return;
  box.dataset.checked = p ? `${p.checked}/${p.total}` : '';
  box.className = p && p.checked < p.total ? 'precheck short' : 'precheck';
  if (!p) {
    box.textContent = t('assist.precheckNone');
    return;
  }
  let text = t('assist.precheckLine', { checked: p.checked, total: p.total });
  if (p.missing.length) text += ' — ' + t('assist.precheckMissing', { missing: p.missing.map(pick).join('、') });
  if (p.note) text += ' · ' + t('assist.precheckNote', { note: p.note });
  box.textContent = text;
}
