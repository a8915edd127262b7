// The visitor's "learn while you wait" page behind the ticket's QR code: the game and the
// pension calculator. Public, no sign-in, nothing about the visitor kept: the game sends counts
// only (started, finished, the answer to one question).
import { api } from '/kit/api.js';
import { $ } from '/kit/dom.js';
import { loadTexts, t, setLang, startLanguage, otherLang } from '/kit/i18n.js';
import { mountGame } from './life-path.js';
import { mountCalculator } from './pension-calculator.js';

const params = new URLSearchParams(location.search);
const views = [];

function count(play, step, answer) {
  api('POST', '/api/v1/learning/tallies', { play, step, channel: 'PHONE', ...(answer ? { answer } : {}) }).catch(() => {});
}

function render() {
  $('lang').textContent = t('lang.switchTo');
  $('lang').lang = otherLang();
  document.title = t('learn.pageTitle');
  views.forEach((v) => v.draw());
}

async function main() {
  await loadTexts();
  setLang(startLanguage());
  const back = params.get('back');
  if (back && /^\/t\/[A-Za-z0-9_-]{1,100}$/.test(back)) {
    $('back').href = back;
    $('back').hidden = false;
  }
  $('lang').addEventListener('click', () => {
    setLang(otherLang(), { save: true });
    render();
  });
  try {
    const [script, figures] = await Promise.all([api('GET', '/api/v1/learning/game'), api('GET', '/api/v1/pension/figures')]);
    views.push(mountGame($('game-body'), script, { count }));
    views.push(mountCalculator($('calc-body'), figures));
  } catch {
    $('offline').hidden = false;
  }
  render();
  document.body.dataset.ready = 'true';
  if (location.hash === '#calculator') $('calculator').scrollIntoView();
}
main();
