// Both languages for every text. A page passes its messages as { key: { 'zh-CN': …, en: … } };
// a missing text shows as ⟦key⟧, which the browser tests look for.
const STORE = 'hallqueue.lang';

export function startLanguage(fallback) {
  const asked = new URLSearchParams(location.search).get('lang');
  const saved = safeGet(STORE);
  const lang = asked || saved || fallback || 'zh-CN';
  return lang === 'en' ? 'en' : 'zh-CN';
}

export function saveLanguage(lang) {
  try {
    localStorage.setItem(STORE, lang);
  } catch {
    /* private mode: the switch still works for this page */
  }
}

function safeGet(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function translator(messages) {
  let lang = 'zh-CN';
  const t = (key, params = {}) => {
    const entry = messages[key];
    const text = entry && entry[lang];
    if (text == null) return `⟦${key}⟧`;
    return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? ''));
  };
  t.both = (key, params) => {
    const saved = lang;
    lang = 'zh-CN';
    const zh = t(key, params);
    lang = 'en';
    const en = t(key, params);
    lang = saved;
    return { 'zh-CN': zh, en };
  };
  t.setLanguage = (next) => {
    lang = next;
    document.documentElement.lang = next;
    for (const el of document.querySelectorAll('[data-i18n]')) {
      el.textContent = t(el.dataset.i18n);
    }
    for (const el of document.querySelectorAll('[data-i18n-label]')) {
      el.setAttribute('aria-label', t(el.dataset.i18nLabel));
    }
    for (const el of document.querySelectorAll('[data-i18n-title]')) {
      el.title = t(el.dataset.i18nTitle);
    }
  };
  t.language = () => lang;
  /** A { 'zh-CN', en } text from the server, in the page's language. */
  t.pick = (text) => (text ? (text[lang] ?? text['zh-CN'] ?? text.en ?? '') : '');
  return t;
}

/** Minutes and seconds, e.g. 7:05, or hours 1:02:03. */
export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}

/** Makes an element: el('li', {class: 'x', dataset: {seq: 1}}, 'text', child). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c == null) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
