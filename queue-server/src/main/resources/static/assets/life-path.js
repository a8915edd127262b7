// The game "Insure or not? A rider's life": the rules (which steps, in which order, what a choice
// leads to) and the phone page's rendering. The script and its yuan come from the server
// (/api/v1/learning/game), worked out from the office's figures; this file only adds the
// player's own numbers: his age, his years of contributions and the pension they bring.
import { el } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';

const EVENT_AGES = [30, 33, 36];

/** {name} in a server text, filled from params. */
export const fill = (text, params) => (text ?? '').replace(/\{(\w+)\}/g, (m, k) => (params[k] ?? m));

/** The steps of one game: the start, the life events in a random order with their ages, old age. */
export function plan(script, random = Math.random) {
  const events = [...script.events];
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [events[i], events[j]] = [events[j], events[i]];
  }
  return [{ ...script.start, id: 'start', age: script.startAge },
    ...events.map((e, i) => ({ ...e, age: EVENT_AGES[i] ?? script.startAge + 2 + 3 * i }))];
}

/** One player's game: the choices made so far and what they add up to. */
export class LifeGame {
  constructor(script, random = Math.random) {
    this.script = script;
    this.steps = plan(script, random);
    this.index = 0;
    this.enrolledAt = null;
    this.paused = 0;
    this.outcome = null;
  }

  /** The step now shown, its variant chosen by the choices before (the baby step). */
  get step() {
    const s = this.steps[this.index];
    if (!s || !s.enrolled) return s;
    const v = this.enrolledAt != null ? s.enrolled : s.notEnrolled;
    return { ...v, id: s.id, age: s.age, variant: this.enrolledAt != null ? 'enrolled' : 'notEnrolled' };
  }

  get finished() {
    return this.index >= this.steps.length;
  }

  /** Chooses 'insure' or 'skip' on the step now shown; returns the outcome text. */
  choose(choice) {
    const s = this.step;
    if (s.id === 'start' && choice === 'insure') this.enrolledAt = s.age;
    if (s.id === 'baby' && s.variant === 'notEnrolled' && choice === 'insure') this.enrolledAt = s.age;
    if (s.id === 'baby' && s.variant === 'enrolled' && choice === 'skip') this.paused = 1;
    this.outcome = { choice, text: s[choice].outcome };
    return this.outcome;
  }

  next() {
    this.index += 1;
    this.outcome = null;
  }

  get years() {
    return this.enrolledAt == null ? 0 : this.script.retirementAge - this.enrolledAt - this.paused;
  }

  /** Old age, in the page's language. */
  ending() {
    const s = this.script;
    const o = s.oldAge;
    const years = this.years;
    const params = { age: s.retirementAge, years, minimum: s.minimumYears, pension: (s.pensionByYears[years] ?? 0).toLocaleString('en') };
    const kind = years === 0 ? 'never' : years < s.minimumYears ? 'tooFew' : 'enough';
    return { kind, scene: fill(pick(o.scene), params), text: fill(pick(o[kind]), params) };
  }
}

function playId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Plays the game in `box`. count(step, answer) sends a count (failures do not matter to the
 * player); onCalculator() opens the calculator.
 */
export function mountGame(box, script, { count, random = Math.random }) {
  let game = null;
  let play = null;
  let answered = null;
  const view = { draw: () => {} };

  function intro() {
    return [
      el('p', { class: 'hero' }, pick(script.hero)),
      el('p', {}, pick(script.intro)),
      el('p', { class: 'example' }, pick(script.exampleNote)),
      el('button', { type: 'button', class: 'btn primary', id: 'game-start', onclick: () => {
        game = new LifeGame(script, random);
        play = playId();
        answered = null;
        count(play, 'STARTED');
        view.draw();
      } }, pick(script.play)),
    ];
  }

  function stepView() {
    const s = game.step;
    const total = game.steps.length + 1;
    const head = el('p', {}, el('span', { class: 'age' }, fill(pick(script.ageLabel), { age: s.age })),
      el('span', { class: 'progress' }, t('learn.step', { n: game.index + 1, total })));
    if (!game.outcome) {
      return [head, el('p', { class: 'scene', id: 'scene' }, pick(s.scene)),
        el('div', { class: 'choices' },
          ['insure', 'skip'].map((c) => el('button', { type: 'button', class: `btn ${c === 'insure' ? 'go' : ''}`, dataset: { choice: c },
            onclick: () => { game.choose(c); view.draw(); } }, pick(s[c].label))))];
    }
    return [head, el('p', { class: 'scene' }, pick(s.scene)),
      el('p', { class: `outcome ${game.outcome.choice}`, id: 'outcome' }, pick(game.outcome.text)),
      el('button', { type: 'button', class: 'btn primary', id: 'game-next', onclick: () => {
        game.next();
        if (game.finished) count(play, 'FINISHED');
        view.draw();
      } }, pick(script.next))];
  }

  function endView() {
    const end = game.ending();
    const service = script.service;
    return [
      el('p', {}, el('span', { class: 'age' }, fill(pick(script.ageLabel), { age: script.retirementAge })),
        el('span', { class: 'progress' }, t('learn.step', { n: game.steps.length + 1, total: game.steps.length + 1 }))),
      el('p', { class: 'scene' }, end.scene),
      el('p', { class: `outcome ${end.kind === 'enough' ? 'insure' : 'skip'}`, id: 'ending', dataset: { kind: end.kind } }, end.text),
      el('p', { class: 'example' }, pick(script.exampleNote)),
      el('h3', { id: 'enrol-q' }, pick(script.question)),
      answered
        ? el('p', { class: 'note', id: 'thanks' }, pick(script.thanks))
        : el('div', { class: 'answers', role: 'group', 'aria-labelledby': 'enrol-q' },
          Object.entries(script.answers).map(([k, label]) => el('button', { type: 'button', class: 'btn', dataset: { answer: k },
            onclick: () => { answered = k; count(play, 'ANSWERED', k); view.draw(); } }, pick(label)))),
      el('p', { class: 'example' }, pick(script.anonymous)),
      el('div', { class: 'fits', id: 'fits' },
        el('p', {}, pick(script.fits), ' ', el('span', { class: 'service' }, `${service.code} ${pick(service.name)}`)),
        service.kioskPath.length ? el('p', {}, pick(script.atKiosk)) : null,
        service.kioskPath.length ? el('ol', { class: 'path' }, service.kioskPath.map((l) => el('li', {}, pick(l)))) : null,
        el('p', {}, el('a', { href: '#calculator' }, t('learn.toCalculator')))),
      el('button', { type: 'button', class: 'btn', id: 'game-again', onclick: () => { game = null; view.draw(); } }, pick(script.again)),
    ];
  }

  view.draw = () => {
    const parts = !game ? intro() : game.finished ? endView() : stepView();
    box.replaceChildren(...parts.flat());
    box.dataset.state = !game ? 'intro' : game.finished ? 'end' : 'step';
  };
  view.draw();
  return view;
}
