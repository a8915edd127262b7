// 好差评 on the visitor's phone page: once the ticket is DONE, the visitor may rate the visit
// (once, within the office's window): a face, reasons when it was not good, an optional comment
// that only the office's managers read. It watches the page the tracking script keeps
// (body[data-status], <html lang>) and adds nothing to that script.
import { api, ApiError } from '/kit/api.js';
import { el, $ } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';
import { SCORES, face } from './faces.js';

const token = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
const base = `/api/v1/tickets/track/${encodeURIComponent(token)}`;
const state = { loaded: false, rating: null, reasons: [], score: null, chosen: new Set(), sending: false, problem: null };

function render() {
  const box = $('rating');
  const r = state.rating;
  if (!r || (!r.rated && !r.open)) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.dataset.rated = String(r.rated);
  if (r.rated) {
    box.replaceChildren(
      el('h2', { id: 'rating-h' }, t('rating.phone.thanks')),
      el('p', { class: 'given' }, t('rating.phone.given', { level: t(`rating.level.${r.score}`) })),
    );
    return;
  }
  const comment = $('rating-comment')?.value ?? '';
  const showReasons = state.score != null && state.score <= 3 && state.reasons.length > 0;
  box.replaceChildren(...[
    el('h2', { id: 'rating-h' }, t('rating.phone.title')),
    el('p', { class: 'muted' }, t('rating.noPressure')),
    el('div', { class: 'faces', role: 'group', 'aria-labelledby': 'rating-h' },
      SCORES.map((score) => el('button', {
        type: 'button', class: `face-button s${score}`, dataset: { score }, 'aria-pressed': String(state.score === score),
        onclick: () => { state.score = score; render(); },
      }, face(score), el('span', {}, t(`rating.level.${score}`))))),
    showReasons ? el('fieldset', { class: 'reasons' },
      el('legend', {}, t('rating.whyTitle')),
      state.reasons.map((reason) => el('button', {
        type: 'button', class: 'reason', dataset: { code: reason.code }, 'aria-pressed': String(state.chosen.has(reason.code)),
        onclick: () => {
          if (state.chosen.has(reason.code)) state.chosen.delete(reason.code);
          else state.chosen.add(reason.code);
          render();
        },
      }, pick(reason.name)))) : null,
    state.score != null ? el('p', { class: 'comment' },
      el('label', { for: 'rating-comment' }, t('rating.phone.comment')),
      el('textarea', { id: 'rating-comment', maxlength: 500, rows: 3, 'aria-describedby': 'rating-comment-hint' }),
      el('span', { id: 'rating-comment-hint', class: 'muted' }, t('rating.phone.commentHint'))) : null,
    state.problem ? el('p', { class: 'alert', role: 'alert' }, state.problem) : null,
    el('button', {
      type: 'button', id: 'rating-send', class: 'btn primary', disabled: state.score == null || state.sending, onclick: send,
    }, t('rating.send')),
  ].filter(Boolean));
  const area = $('rating-comment');
  if (area) area.value = comment;
}

async function send() {
  state.sending = true;
  state.problem = null;
  const comment = $('rating-comment')?.value ?? '';
  render();
  try {
    state.rating = await api('POST', `${base}/rating`, {
      score: state.score, reasons: [...state.chosen], comment: comment.trim() || null,
    });
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) {
      await load();
    } else {
      state.problem = t('rating.failedPhone');
    }
  }
  state.sending = false;
  render();
  $('rating-h')?.focus?.();
}

async function load() {
  try {
    const [rating, reasons] = await Promise.all([api('GET', `${base}/rating`), state.loaded ? state.reasons : api('GET', '/api/v1/ratings/reasons')]);
    state.rating = rating;
    state.reasons = reasons;
    state.loaded = true;
  } catch {
    state.rating = null; // the phone page says when the server cannot be reached
  }
  render();
}

new MutationObserver(() => {
  if (document.body.dataset.status === 'DONE' && !state.rating) load();
}).observe(document.body, { attributes: true, attributeFilter: ['data-status'] });
new MutationObserver(() => { if (state.rating) render(); })
  .observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
if (document.body.dataset.status === 'DONE') load();
