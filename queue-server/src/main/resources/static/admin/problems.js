// The server words field problems in English (and in both languages where it can). Its usual
// phrasings are matched here and told in the console's language from the texts (problem.*).
import { t, lang } from '/kit/i18n.js';

const minutes = (seconds) => String(Number(seconds) / 60);

/** [server phrasing, text key, the key's parameters from the match]. */
const PHRASES = [
  [/^is required$/, 'problem.required'],
  [/^is required in zh-CN and en$/, 'problem.requiredBoth'],
  [/^is missing: every visitor-facing text needs zh-CN and en$/, 'problem.missingLanguage'],
  [/^must be one capital letter A-Z$/, 'problem.capitalLetter'],
  [/^must be lower-case letters, digits or '-'$/, 'problem.identifier'],
  [/^is longer than (\d+) characters$/, 'problem.tooLong', (m) => ({ n: m[1] })],
  [/^must be an http\(s\) address$/, 'problem.httpAddress'],
  [/^must list at least one service$/, 'problem.oneService'],
  [/^must be between (\d+) and (\d+) seconds$/, 'problem.betweenMinutes', (m) => ({ from: minutes(m[1]), to: minutes(m[2]) })],
  [/^must be between (\S+) and (\S+)$/, 'problem.between', (m) => ({ from: m[1], to: m[2] })],
  [/^is not a service of this office: (.*)$/, 'problem.unknownService', (m) => ({ code: m[1] })],
  [/^is not a lane of this office: (.*)$/, 'problem.unknownLane', (m) => ({ code: m[1] })],
  [/^is not a service in this bundle: (.*)$/, 'problem.bundleService', (m) => ({ code: m[1] })],
  [/^is not a lane in this bundle: (.*)$/, 'problem.bundleLane', (m) => ({ code: m[1] })],
  [/^counter number (\d+) is used twice$/, 'problem.numberTwice', (m) => ({ n: m[1] })],
  [/^must include the lane 'standard'$/, 'problem.standardLane'],
  [/^must not be empty$/, 'problem.notEmpty'],
  [/^ticket (\S+) waits for service (\S+), which the bundle removes$/, 'problem.ticketService', (m) => ({ ticket: m[1], code: m[2] })],
  [/^ticket (\S+) waits in lane (\S+), which the bundle removes$/, 'problem.ticketLane', (m) => ({ ticket: m[1], code: m[2] })],
  [/^number (\d+) is used by counter (.*)$/, 'problem.numberUsed', (m) => ({ n: m[1], counter: m[2] })],
  [/^service (\S+) already exists; choose another letter$/, 'problem.serviceExists', (m) => ({ code: m[1] })],
  [/^lane (\S+) already exists; choose another code$/, 'problem.laneExists', (m) => ({ code: m[1] })],
  [/^counter (\S+) already exists; choose another id$/, 'problem.counterExists', (m) => ({ id: m[1] })],
  [/^the user name (\S+) is already taken$/, 'problem.userTaken', (m) => ({ user: m[1] })],
  [/^must be 8 to 128 characters$/, 'problem.passwordLength'],
  [/^must be 1 to 60 characters$/, 'problem.nameLength'],
  [/^must be at most 60 characters$/, 'problem.atMost60'],
  [/^must be 2 to 32 lower-case letters/, 'problem.userName'],
  [/^cannot be changed; create a new one/, 'problem.cannotChange'],
  [/^must have either next \(a question id\) or result, not both or neither$/, 'problem.nextOrResult'],
  [/^must name a service of this office, got '(.*)'$/, 'problem.resultService', (m) => ({ got: m[1] })],
  [/^leads to '(.*)', which is not a question$/, 'problem.noSuchQuestion', (m) => ({ id: m[1] })],
  [/^question '(.*)' cannot be reached from the start question$/, 'problem.unreachable', (m) => ({ id: m[1] })],
  [/^answers loop back to question '(.*?)' \((.*)\)$/, 'problem.loop', (m) => ({ id: m[1], path: m[2] })],
  [/^'(.*)' is used by another question$/, 'problem.questionIdUsed', (m) => ({ id: m[1] })],
  [/^must list at least one question$/, 'problem.oneQuestion'],
  [/^must list at least one answer$/, 'problem.oneAnswer'],
  [/^must be the id of a question, got '(.*)'$/, 'problem.questionId', (m) => ({ got: m[1] })],
];

/** A server problem's message in the console's language. */
export function problemText(problem) {
  if (problem.messages && problem.messages[lang()]) return problem.messages[lang()];
  const message = problem.message || problem.detail || '';
  for (const [pattern, key, params] of PHRASES) {
    const m = message.match(pattern);
    if (m) return t(key, params ? params(m) : {});
  }
  return message;
}
