// What the ratings pages and their set-up both say: a score in words, and a refusal as the status line.
import { status } from '/kit/dom.js';
import { t } from '/kit/i18n.js';
import { problemText } from './problems.js';

/** The words of a score in the console's language, e.g. 2 · 不满意. */
export const level = (score) => `${score} · ${t('rating.level.' + score)}`;

export function failure(e) {
  const problems = e.problems && e.problems.length ? e.problems.map((p) => `${p.field}: ${problemText(p)}`) : [e.detail || e.message];
  status(problems.join(' · '), 'error');
}
