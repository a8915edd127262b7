// This month's satisfaction (好差评) on the display board, as the national rule asks results to be
// published: the share of good ratings and how many rated, from the public summary, refreshed
// every ten minutes. Shown only once there is a rating this month.
import { api } from '/kit/api.js';
import { el, $ } from '/kit/dom.js';
import { loadTexts, bilingual } from '/kit/i18n.js';

const EVERY_MS = 10 * 60 * 1000;

async function refresh() {
  try {
    const summary = await api('GET', '/api/v1/ratings/summary');
    const box = $('satisfaction');
    if (!summary.count) {
      box.hidden = true;
      return;
    }
    const share = Math.round(summary.satisfaction * 100);
    const text = bilingual('rating.board', { share, n: summary.count });
    box.replaceChildren(el('span', { lang: 'zh-CN' }, text['zh-CN']), el('span', { lang: 'en' }, text.en));
    box.dataset.share = String(share);
    box.hidden = false;
  } catch {
    // the next refresh tries again; the board's calls matter more
  }
}

loadTexts().then(() => {
  refresh();
  setInterval(refresh, EVERY_MS);
});
