// The staff sign-in page: the form posts itself; this says why the last try failed, in either language.
import { loadTexts, t, setLang, startLanguage, otherLang } from '/kit/i18n.js';
import { $ } from '/kit/dom.js';

const params = new URLSearchParams(location.search);

function render() {
  document.title = t('login.pageTitle');
  const button = $('lang');
  button.textContent = t('lang.switchTo');
  button.lang = otherLang();
  const box = $('message');
  const error = params.get('error');
  let text = null;
  let kind = 'alert';
  if (error === 'locked') {
    text = t('login.locked', { m: Math.max(1, Math.ceil(Number(params.get('wait') || 900) / 60)) });
  } else if (error === 'disabled') {
    text = t('login.disabled');
  } else if (error != null) {
    text = t('login.bad');
    const left = params.get('left');
    if (left != null && Number(left) <= 3) text += ' ' + t('login.left', { n: left });
  } else if (params.has('logout')) {
    text = t('login.logout');
    kind = 'note';
  } else if (params.has('expired')) {
    text = t('login.expired');
  } else if (params.has('ended')) {
    text = t('login.ended');
  }
  box.hidden = text == null;
  box.className = kind;
  box.dataset.error = error ?? '';
  if (text) box.textContent = text;
}

$('lang').addEventListener('click', () => {
  setLang(otherLang(), { save: true });
  render();
});
await loadTexts();
setLang(startLanguage());
render();
