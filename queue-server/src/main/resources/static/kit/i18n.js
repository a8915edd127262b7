// Every page text, in zh-CN and en, from /i18n/<language>.json (namespaced keys: 'staff.callNext').
// A test keeps both files complete. A text missing here shows as ⟦key⟧, which the browser tests
// look for.
export const LANGUAGES = ['zh-CN', 'en'];
const STORE = 'hallqueue.lang';
const texts = { 'zh-CN': {}, en: {} };
let language = 'zh-CN';

/** Loads both languages (a page may switch, and some show both at once). */
export async function loadTexts() {
  await Promise.all(LANGUAGES.map(async (l) => {
    const response = await fetch(`/i18n/${l}.json`);
    if (!response.ok) throw new Error(`texts ${l}: HTTP ${response.status}`);
    texts[l] = await response.json();
  }));
}

/** The language to start in: ?lang=, else the one chosen last on this device, else fallback. */
export function startLanguage(fallback = 'zh-CN') {
  const asked = new URLSearchParams(location.search).get('lang');
  let saved = null;
  try {
    saved = localStorage.getItem(STORE);
  } catch {
    /* private mode */
  }
  return (asked || saved || fallback) === 'en' ? 'en' : 'zh-CN';
}

export function lang() {
  return language;
}

/** Switches the page's language (remembered when save is true) and translates its marked texts. */
export function setLang(next, { save = false } = {}) {
  language = next === 'en' ? 'en' : 'zh-CN';
  document.documentElement.lang = language;
  if (save) {
    try {
      localStorage.setItem(STORE, language);
    } catch {
      /* private mode: the switch still works for this page */
    }
  }
  translatePage();
}

/** The other language, for a switch button. */
export const otherLang = () => (language === 'en' ? 'zh-CN' : 'en');

function fill(text, params) {
  return text.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m));
}

/** The text for key in the current language (or the one given), {name} filled from params. */
export function t(key, params = {}, inLanguage = language) {
  const text = texts[inLanguage][key];
  return text == null ? `⟦${key}⟧` : fill(text, params);
}

/** The text in both languages at once: { 'zh-CN': …, en: … }. */
export function bilingual(key, params = {}) {
  return Object.fromEntries(LANGUAGES.map((l) => [l, t(key, params, l)]));
}

/** A text the server holds in both languages, in the page's language. */
export function pick(text) {
  if (!text) return '';
  return text[language] || text['zh-CN'] || text.en || '';
}

/**
 * Fills elements marked data-t (text), data-t-label (aria-label) and data-t-title (title), each in
 * the element's own lang where it has one (a page showing both languages), else the page's.
 */
export function translatePage(root = document) {
  for (const node of root.querySelectorAll('[data-t]')) {
    node.textContent = t(node.dataset.t, {}, LANGUAGES.includes(node.lang) ? node.lang : language);
  }
  for (const node of root.querySelectorAll('[data-t-label]')) {
    node.setAttribute('aria-label', t(node.dataset.tLabel));
  }
  for (const node of root.querySelectorAll('[data-t-title]')) node.title = t(node.dataset.tTitle);
}

/** The office's time zone: pages show the office's time, never the device's. */
let officeZone = 'Asia/Shanghai';

/**
 * Reads the office's name and time zone (public GET /api/v1/office) and keeps the zone for when()
 * and officeTime(). Returns the office (its name in both languages), or null when unreachable.
 */
export async function loadOffice() {
  try {
    const response = await fetch('/api/v1/office', { headers: { Accept: 'application/json' } });
    if (!response.ok) return null;
    const office = await response.json();
    if (office.timeZone) officeZone = office.timeZone;
    return office;
  } catch {
    return null;
  }
}

/**
 * A counter as people name it, said once: a name like "9号窗口 绿色通道" or "Counter 9 – Green
 * channel" already says its number and stands alone; a name without it follows the number.
 */
export function counterLabel(counter) {
  if (!counter) return '';
  const c = counter.number ?? '';
  const name = pick(counter.name).trim();
  if (!name) return t('counterLabel.number', { c });
  const says = (text) => text.replace(/\s+/g, '').toLowerCase();
  return says(name).includes(says(t('counterLabel.number', { c }))) ? name : t('counterLabel.named', { c, name });
}

/** A date and time in the office's time zone. */
export function when(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(language === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    timeZone: officeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** Today's date (YYYY-MM-DD) in the office's time zone. */
export function officeDate(at = Date.now()) {
  return new Date(at).toLocaleDateString('sv-SE', { timeZone: officeZone });
}

/** The time of day (hours and minutes, 24 h) of an instant or Date, in the office's time zone. */
export function officeTime(at, seconds = false) {
  if (!at) return '';
  return new Date(at).toLocaleTimeString(language === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    timeZone: officeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    hourCycle: 'h23',
  });
}

/** A duration in words: 3 min 20 s. */
export function duration(seconds) {
  if (seconds == null) return '–';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m} ${t('unit.min')} ${s} ${t('unit.s')}` : `${s} ${t('unit.s')}`;
}

export function percent(share) {
  return share == null ? '–' : Math.round(share * 100) + '%';
}

/** Minutes and seconds, e.g. 7:05, or hours 1:02:03. */
export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}
