// Why a ticket is (or was) next, from the call's audit reason, in words (texts reason.*).
import { t } from '/kit/i18n.js';

const RULES = new Set(['CAP_EXCEEDED', 'AFFINITY', 'WEIGHTED_AGING', 'FIFO', 'PRIORITY', 'BACK_FROM_PARK', 'APPOINTMENT']);

/** The reason in words; waitedSeconds counts until now when the reason was read `age` ms ago. */
export function explain(reason, laneName, age = 0) {
  const waited = (reason.waitedSeconds ?? 0) + Math.max(0, age) / 1000;
  const params = {
    w: Math.floor(waited / 60),
    cap: Math.round((reason.capSeconds ?? 0) / 60),
    lane: laneName,
    weight: reason.weight,
    rule: reason.rule,
  };
  let text = t(RULES.has(reason.rule) ? `reason.${reason.rule}` : 'reason.other', params);
  if (reason.aheadOfEarlier > 0) text += ' ' + t('reason.passed', { n: reason.aheadOfEarlier });
  return text;
}
