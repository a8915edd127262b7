// The console's texts in zh-CN and en (i18n.json; a test keeps both languages complete).
let messages = {};
let language = localStorage.getItem('hallqueue.admin.language') || 'zh-CN';

export async function loadTexts() {
  messages = await (await fetch('i18n.json')).json();
}

export function lang() {
  return language;
}

export function setLang(next) {
  language = next;
  localStorage.setItem('hallqueue.admin.language', next);
  document.documentElement.lang = next;
}

/** The text for key in the current language, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const text = (messages[language] && messages[language][key]) || key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in values ? values[name] : m));
}

/** A text the server holds in both languages. */
export function pick(bilingual) {
  if (!bilingual) return '';
  return bilingual[language] || bilingual['zh-CN'] || bilingual.en || '';
}

export function translatePage(root = document) {
  root.querySelectorAll('[data-t]').forEach((el) => {
    el.textContent = t(el.dataset.t);
  });
}

export function when(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(language === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

export function duration(seconds) {
  if (seconds === null || seconds === undefined) return '–';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m} ${t('unit.min')} ${s} ${t('unit.s')}` : `${s} ${t('unit.s')}`;
}

export function percent(share) {
  return share === null || share === undefined ? '–' : Math.round(share * 100) + '%';
}

// The server words field problems in English (and in both languages where it can); these are its
// usual phrasings in Chinese, so a manager reading Chinese is not left with English.
const SERVER_PHRASES = [
  [/^is required$/, () => '必须填写'],
  [/^is required in zh-CN and en$/, () => '中文和英文都必须填写'],
  [/^is missing: every visitor-facing text needs zh-CN and en$/, () => '没有填写：访客看到的每段文字都需要中文和英文'],
  [/^must be one capital letter A-Z$/, () => '必须是一个大写字母 A–Z'],
  [/^must be lower-case letters, digits or '-'$/, () => '只能用小写字母、数字或“-”'],
  [/^is longer than (\d+) characters$/, (m) => `超过了 ${m[1]} 个字`],
  [/^must be an http\(s\) address$/, () => '必须是以 http:// 或 https:// 开头的网址'],
  [/^must list at least one service$/, () => '至少选择一项业务'],
  [/^must be between (\d+) and (\d+) seconds$/, (m) => `必须在 ${m[1] / 60} 到 ${m[2] / 60} 分钟之间`],
  [/^must be between (\S+) and (\S+)$/, (m) => `必须在 ${m[1]} 到 ${m[2]} 之间`],
  [/^is not a service of this office: (.*)$/, (m) => `不是本大厅的业务：${m[1]}`],
  [/^is not a lane of this office: (.*)$/, (m) => `不是本大厅的通道：${m[1]}`],
  [/^is not a service in this bundle: (.*)$/, (m) => `不是配置包中的业务：${m[1]}`],
  [/^is not a lane in this bundle: (.*)$/, (m) => `不是配置包中的通道：${m[1]}`],
  [/^counter number (\d+) is used twice$/, (m) => `窗口号 ${m[1]} 用了两次`],
  [/^must include the lane 'standard'$/, () => '必须包含普通通道“standard”'],
  [/^must not be empty$/, () => '不能为空'],
  [/^ticket (\S+) waits for service (\S+), which the bundle removes$/, (m) => `${m[1]} 号还在等候业务 ${m[2]}，但配置包删除了这项业务`],
  [/^ticket (\S+) waits in lane (\S+), which the bundle removes$/, (m) => `${m[1]} 号还在通道 ${m[2]} 等候，但配置包删除了这个通道`],
  [/^number (\d+) is used by counter (.*)$/, (m) => `窗口号 ${m[1]} 已被 ${m[2]} 使用`],
  [/^service (\S+) already exists; choose another letter$/, (m) => `业务 ${m[1]} 已经存在，请换一个字母`],
  [/^lane (\S+) already exists; choose another code$/, (m) => `通道 ${m[1]} 已经存在，请换一个代码`],
  [/^counter (\S+) already exists; choose another id$/, (m) => `窗口 ${m[1]} 已经存在，请换一个编号`],
  [/^the user name (\S+) is already taken$/, (m) => `登录名 ${m[1]} 已被使用`],
  [/^must be 8 to 128 characters$/, () => '必须是 8 到 128 个字符'],
  [/^must be 1 to 60 characters$/, () => '必须是 1 到 60 个字符'],
  [/^must be at most 60 characters$/, () => '最多 60 个字符'],
  [/^must be 2 to 32 lower-case letters/, () => '必须是小写字母开头的 2 到 32 位小写字母、数字、“.”、“_”或“-”'],
  [/^cannot be changed; create a new one/, () => '不能修改；请新建一个，再删除这一个'],
  [/^must have either next \(a question id\) or result, not both or neither$/, () => '必须选择“进入下一个问题”或“结果”中的一个'],
  [/^must name a service of this office, got '(.*)'$/, (m) => `必须是本大厅的业务（现在是“${m[1]}”）`],
  [/^leads to '(.*)', which is not a question$/, (m) => `指向“${m[1]}”，但没有这个问题`],
  [/^question '(.*)' cannot be reached from the start question$/, (m) => `从第一个问题出发无法到达问题“${m[1]}”`],
  [/^answers loop back to question '(.*?)' \((.*)\)$/, (m) => `选项绕回了问题“${m[1]}”（${m[2]}）`],
  [/^'(.*)' is used by another question$/, (m) => `编号“${m[1]}”已被其他问题使用`],
  [/^must list at least one (question|answer)$/, (m) => (m[1] === 'question' ? '至少要有一个问题' : '至少要有一个选项')],
  [/^must be the id of a question, got '(.*)'$/, (m) => `必须是一个问题的编号（现在是“${m[1]}”）`],
];

/** A server problem's message in the current language. */
export function problemText(problem) {
  if (problem.messages && problem.messages[language]) return problem.messages[language];
  const message = problem.message || problem.detail || '';
  if (language !== 'zh-CN') {
    const minutes = message.match(/^must be between (\d+) and (\d+) seconds$/);
    return minutes ? `must be between ${minutes[1] / 60} and ${minutes[2] / 60} minutes` : message;
  }
  for (const [pattern, zh] of SERVER_PHRASES) {
    const m = message.match(pattern);
    if (m) return zh(m);
  }
  return message;
}
