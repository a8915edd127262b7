// The statistics page's "learning while waiting" part: how often the game was started and
// finished, and the answers to "would you now enrol?", per channel (counts only).
import { api } from '/kit/api.js';
import { el as h } from '/kit/dom.js';
import { t, percent } from '/kit/i18n.js';

const dayCount = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86400000) + 1;

/** A section that fills itself with the counts from `from` to `to` (ISO days). */
export function learningCounts(from, to) {
  const box = h('section', { class: 'learning', id: 'learning-counts' }, h('h3', {}, t('learnStats.title')), h('p', {}, t('app.loading')));
  api('GET', `/api/v1/admin/learning?to=${to}&days=${dayCount(from, to)}`).then((r) => {
    const rows = r.channels.map((c) => [t('learnStats.channel.' + c.channel), c.started, c.finished,
      percent(c.started ? c.finished / c.started : null), c.yes, c.no, c.notSure]);
    const heads = ['channel', 'started', 'finished', 'finishedShare', 'yes', 'no', 'notSure'].map((k) => h('th', { scope: 'col' }, t('learnStats.' + k)));
    box.replaceChildren(h('h3', {}, t('learnStats.title')), h('p', {}, t('learnStats.intro')),
      h('table', { class: 'list figures' }, h('caption', {}, t('learnStats.title')),
        h('thead', {}, h('tr', {}, heads)),
        h('tbody', {}, rows.map((row) => h('tr', { dataset: { channel: row[0] } }, row.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c))))))));
  }).catch(() => box.replaceChildren(h('h3', {}, t('learnStats.title')), h('p', { class: 'status error' }, t('app.loadFailed'))));
  return box;
}
