// The board's idle slide: while no call has come for a while, the game "Insure or not?" runs as
// a story over the calls, both languages side by side and both choices shown (nobody plays a
// board), ending with how to play it on a phone. The next call takes the screen back at once.
// ?slides=N on the board's address sets the quiet seconds before it shows (default 90, 0: never).
import { api } from '/kit/api.js';
import { el } from '/kit/dom.js';
import { bilingual } from '/kit/i18n.js';
import { fill } from './life-path.js';

const CARD_MS = 12000;

function both(text, params = {}) {
  return [el('span', { lang: 'zh-CN' }, fill(text['zh-CN'], params)), el('span', { lang: 'en' }, fill(text.en, params))];
}

/** The slide's cards: the hero, each step with both outcomes, old age both ways, how to play. */
export function cards(script) {
  const label = (k) => bilingual(k);
  const insured = label('learn.slideInsured');
  const notInsured = label('learn.slideNotInsured');
  const steps = [script.start, script.events[0], script.events[1], script.events[2].enrolled];
  const years = script.retirementAge - script.startAge;
  const oldAge = script.oldAge;
  const params = { age: script.retirementAge, years, pension: (script.pensionByYears[years] ?? 0).toLocaleString('en') };
  const column = (kind, head, text) => el('div', { class: kind }, el('b', {}, `${head['zh-CN']} · ${head.en}`), both(text, params));
  return [
    ...steps.map((s) => [el('p', { class: 'scene' }, both(s.scene)),
      el('div', { class: 'both' }, column('insure', insured, s.insure.outcome), column('skip', notInsured, s.skip.outcome))]),
    [el('p', { class: 'scene' }, both(oldAge.scene, params)),
      el('div', { class: 'both' }, column('insure', insured, oldAge.enough), column('skip', notInsured, oldAge.never))],
  ];
}

/** Starts watching the board; shows the slide after the quiet seconds, hides it on a call. */
export async function startLearningSlide({ quietSeconds, callsBox, area }) {
  if (!quietSeconds || quietSeconds <= 0) return;
  let script;
  try {
    script = await api('GET', '/api/v1/learning/game');
  } catch {
    return; // the board works on without its slide
  }
  const slide = el('section', { class: 'learning-slide', id: 'learning-slide', hidden: true, 'aria-hidden': 'true' });
  document.body.append(slide);
  const all = cards(script);
  const scan = bilingual('learn.scanToPlay');
  const badge = bilingual('learn.exampleBadge');
  let index = 0;
  let timer = null;
  let quiet = null;
  const show = () => {
    const r = area.getBoundingClientRect(); // over the calls only: the waiting counts stay
    slide.style.top = `${r.top}px`;
    slide.style.height = `${r.height}px`;
    slide.replaceChildren(
      el('h2', {}, `${script.title['zh-CN']} · ${script.title.en}`, ' ', el('small', { class: 'badge' }, `${badge['zh-CN']} · ${badge.en}`)),
      el('p', { class: 'scene hero' }, both(script.hero)),
      ...all[index % all.length],
      el('p', { class: 'foot' }, `${scan['zh-CN']} ${scan.en}`));
    slide.dataset.card = String(index % all.length);
    slide.hidden = false;
    index += 1;
    timer = setTimeout(show, CARD_MS);
  };
  const restart = () => {
    clearTimeout(timer);
    clearTimeout(quiet);
    slide.hidden = true;
    index = 0;
    quiet = setTimeout(show, quietSeconds * 1000);
  };
  new MutationObserver(restart).observe(callsBox, { childList: true, subtree: true, characterData: true });
  restart();
}
