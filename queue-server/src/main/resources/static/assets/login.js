import { startLanguage, saveLanguage, translator } from './i18n.js';

const t = translator({
  title: { 'zh-CN': '工作人员登录', en: 'Staff sign-in' },
  subtitle: { 'zh-CN': '社保服务大厅 · 排队叫号', en: 'Social insurance service hall · Queue' },
  username: { 'zh-CN': '用户名', en: 'User name' },
  password: { 'zh-CN': '密码', en: 'Password' },
  signIn: { 'zh-CN': '登录', en: 'Sign in' },
  hint: { 'zh-CN': '忘记密码请联系大厅管理员。', en: 'Forgot your password? Ask the hall manager.' },
  switchTo: { 'zh-CN': 'English', en: '中文' },
  bad: { 'zh-CN': '用户名或密码不正确。', en: 'Wrong user name or password.' },
  left: {
    'zh-CN': '再错 {n} 次，登录将锁定 15 分钟。',
    en: '{n} more wrong tries and sign-in is locked for 15 minutes.',
  },
  locked: {
    'zh-CN': '密码错误次数过多，登录已暂时锁定。请 {m} 分钟后再试，或联系管理员。',
    en: 'Too many wrong passwords: sign-in is locked. Try again in {m} min, or ask the hall manager.',
  },
  disabled: { 'zh-CN': '此账号已停用，请联系管理员。', en: 'This account is disabled. Ask the hall manager.' },
  logout: { 'zh-CN': '您已退出登录。', en: 'You have signed out.' },
  expired: { 'zh-CN': '登录已过期，请重新登录。', en: 'Your session ended. Please sign in again.' },
  ended: {
    'zh-CN': '管理员修改或停用了您的账号，您已被退出登录。如需继续，请重新登录。',
    en: 'An administrator changed or disabled your account, so you were signed out. Sign in again to go on.',
  },
});

const params = new URLSearchParams(location.search);
let lang = startLanguage('zh-CN');

function render() {
  t.setLanguage(lang);
  const button = document.getElementById('lang');
  button.textContent = t('switchTo');
  button.lang = lang === 'en' ? 'zh-CN' : 'en';
  const box = document.getElementById('message');
  const error = params.get('error');
  let text = null;
  let kind = 'alert';
  if (error === 'locked') {
    text = t('locked', { m: Math.max(1, Math.ceil(Number(params.get('wait') || 900) / 60)) });
  } else if (error === 'disabled') {
    text = t('disabled');
  } else if (error != null) {
    text = t('bad');
    const left = params.get('left');
    if (left != null && Number(left) <= 3) text += ' ' + t('left', { n: left });
  } else if (params.has('logout')) {
    text = t('logout');
    kind = 'note';
  } else if (params.has('expired')) {
    text = t('expired');
  } else if (params.has('ended')) {
    text = t('ended');
  }
  box.hidden = text == null;
  box.className = kind;
  box.id = 'message';
  box.dataset.error = error ?? '';
  if (text) box.textContent = text;
}

document.getElementById('lang').addEventListener('click', () => {
  lang = lang === 'en' ? 'zh-CN' : 'en';
  saveLanguage(lang);
  render();
});
render();
