// Measured benefit of the floor assistant today (GET /api/v1/assist/benefit): pre-checked share,
// help calls and the time to answer them, service time and come-back share, pre-checked or not.
import { api } from '/kit/api.js';
import { el } from '/kit/dom.js';
import { t, duration, percent } from '/kit/i18n.js';

export async function showBenefit(root) {
  let b;
  try {
    b = await api('GET', '/api/v1/assist/benefit');
  } catch (e) {
    root.replaceChildren(el('p', { class: 'message error' }, e.detail ?? String(e)));
    return;
  }
  const row = (key, pre, others) => el('tr', {}, el('th', { scope: 'row' }, t(key)), el('td', {}, pre), el('td', {}, others));
  const g = [b.precheckedVisitors, b.others];
  root.replaceChildren(
    el('p', { id: 'benefit-share' }, t('assist.benefitShare', { pre: b.prechecked, all: b.tickets, share: percent(b.precheckedShare) })),
    el('p', { id: 'benefit-help' }, t('assist.benefitHelp', {
      calls: b.help.calls, answered: b.help.answered,
      median: duration(b.help.answerSeconds.median), max: duration(b.help.answerSeconds.max),
    })),
    el('table', { class: 'benefit' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('assist.benefitMeasure')), el('th', { scope: 'col' }, t('assist.benefitPre')),
        el('th', { scope: 'col' }, t('assist.benefitOthers')))),
      el('tbody', {},
        row('assist.benefitTickets', g[0].tickets, g[1].tickets),
        row('assist.benefitService', duration(g[0].serviceSeconds.median), duration(g[1].serviceSeconds.median)),
        row('assist.benefitComeBack', `${percent(g[0].comeBackShare)} (${g[0].comeBack}/${g[0].finished})`,
          `${percent(g[1].comeBackShare)} (${g[1].comeBack}/${g[1].finished})`))),
    el('p', { class: 'hint' }, t('assist.benefitNote')));
}
