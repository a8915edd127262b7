// The pre-check sheet: tick the documents of the ticket's service checklist, add a short note
// (no personal data), save (POST /api/v1/tickets/{id}/precheck). Refusals are shown in the sheet.
import { api } from '/kit/api.js';
import { el, $ } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';

let current = null;

/** Opens the sheet for waiting ticket w; onSaved gets the ticket with its new pre-check. */
export function openPrecheck(w, title, checklist, onSaved) {
  current = { w, checklist, onSaved };
  const ticked = w.precheck?.documents ?? {};
  $('precheck-h').textContent = title;
  $('precheck-documents').replaceChildren(...checklist.map((d) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', value: d.id, checked: ticked[d.id] === true, onchange: showMissing }),
    el('span', {}, pick(d.name)))));
  $('precheck-note').value = w.precheck?.note ?? '';
  $('precheck-help').checked = w.precheck?.needsHelp === true;
  $('precheck-error').textContent = '';
  showMissing();
  $('precheck').showModal();
}

function boxes() {
  return [...$('precheck-documents').querySelectorAll('input[type=checkbox]')];
}

function showMissing() {
  if (!current) return;
  const missing = current.checklist.filter((d) => !boxes().find((b) => b.value === d.id)?.checked);
  const p = $('precheck-missing');
  p.hidden = missing.length === 0;
  p.textContent = missing.length === 0 ? '' : t('assist.missingHint', { missing: missing.map((d) => pick(d.name)).join('、') });
  // with a document missing, the visitor may rather come back another day: book it here
  $('booking').hidden = missing.length === 0;
}

async function save(event) {
  event.preventDefault();
  if (!current) return;
  const documents = Object.fromEntries(boxes().map((b) => [b.value, b.checked]));
  $('precheck-save').disabled = true;
  try {
    const saved = await api('POST', `/api/v1/tickets/${current.w.id}/precheck`, {
      documents,
      note: $('precheck-note').value.trim(),
      needsHelp: $('precheck-help').checked,
    });
    current.onSaved(saved);
    $('precheck').close();
    current = null;
  } catch (e) {
    const field = e.body?.field ? ` (${e.body.field})` : '';
    $('precheck-error').textContent = e.status === 409 ? t('assist.precheckTooLate') + field : (e.detail ?? String(e)) + field;
  } finally {
    $('precheck-save').disabled = false;
  }
}

$('precheck-form').addEventListener('submit', save);
$('precheck-cancel').addEventListener('click', () => { $('precheck').close(); current = null; });
