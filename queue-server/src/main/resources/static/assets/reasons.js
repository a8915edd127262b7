// Why a ticket is (or was) next, from the call's audit reason, in words.
const messages = {
  ruleCap: {
    'zh-CN': '已等 {w} 分钟，超过「{lane}」最长等候 {cap} 分钟，按到期先后优先叫。',
    en: 'waited {w} min, past the {cap} min limit of the “{lane}” lane, so it goes first (earliest deadline).',
  },
  ruleAffinity: {
    'zh-CN': '本窗口优先服务「{lane}」，已等 {w} 分钟。',
    en: 'this counter serves the “{lane}” lane first; waited {w} min.',
  },
  ruleWeighted: {
    'zh-CN': '紧迫度最高：（已等 {w} 分钟 + 1）×「{lane}」权重 {weight}。',
    en: 'highest urgency: (waited {w} min + 1) × weight {weight} of the “{lane}” lane.',
  },
  ruleFifo: { 'zh-CN': '最早取号（先到先办），已等 {w} 分钟。', en: 'earliest ticket (first come, first served); waited {w} min.' },
  rulePriority: { 'zh-CN': '优先通道「{lane}」，已等 {w} 分钟。', en: 'priority lane “{lane}”; waited {w} min.' },
  ruleOther: { 'zh-CN': '规则 {rule}，已等 {w} 分钟。', en: 'rule {rule}; waited {w} min.' },
  passed: { 'zh-CN': '排在 {n} 张更早的号之前。', en: 'Goes before {n} earlier tickets.' },
};

const RULES = {
  CAP_EXCEEDED: 'ruleCap',
  AFFINITY: 'ruleAffinity',
  WEIGHTED_AGING: 'ruleWeighted',
  FIFO: 'ruleFifo',
  PRIORITY: 'rulePriority',
};

function explain(t, reason, laneName) {
  const params = {
    w: Math.floor((reason.waitedSeconds ?? 0) / 60),
    cap: Math.round((reason.capSeconds ?? 0) / 60),
    lane: laneName,
    weight: reason.weight,
    rule: reason.rule,
  };
  let text = t(RULES[reason.rule] ?? 'ruleOther', params);
  if (reason.aheadOfEarlier > 0) text += ' ' + t('passed', { n: reason.aheadOfEarlier });
  return text;
}

export const reasonText = { messages, explain };
