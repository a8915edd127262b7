// What the floor assistant checked of the current ticket's documents, under its number:
// "documents checked: 4 of 5 — missing: residence permit" (GET /api/v1/tickets/{id}/precheck).
import { api } from '/kit/api.js';
import { $ } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';

let shown = { id: null, read: null };

/** Shows the pre-check of ticket c (null: none shown); reads it once per ticket. */
export function showPrecheck(c) {
  const box = $('current-precheck');
  if (!c) {
    shown = { id: null, read: null };
    box.hidden = true;
    return;
  }
  if (shown.id !== c.id) {
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
