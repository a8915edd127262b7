// The change log: who changed which setting, when, from what to what.
import { api } from '/kit/api.js';
import { el as h } from '/kit/dom.js';
import { t, when, pick } from '/kit/i18n.js';

function show(value) {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'object' && ('zh-CN' in value || 'en' in value)) return pick(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export async function showAudit(main) {
  const body = h('tbody');
  const more = h('button', { type: 'button', class: 'secondary' }, t('audit.more'));
  main.replaceChildren(
    h('h2', {}, t('audit.title')),
    h('p', { class: 'intro' }, t('audit.intro')),
    h('table', { class: 'list audit' },
      h('caption', { class: 'visually-hidden' }, t('audit.title')),
      h('thead', {}, h('tr', {}, ['audit.when', 'audit.who', 'audit.what', 'audit.action', 'audit.changes'].map((k) => h('th', { scope: 'col' }, t(k))))),
      body),
    more,
  );
  let before = null;
  async function page() {
    const entries = await api('GET', '/api/v1/admin/audit?limit=50' + (before ? '&before=' + before : ''));
    entries.forEach((e) => {
      body.append(h('tr', {},
        h('td', {}, when(e.at)),
        h('td', {}, e.by || ''),
        h('td', {}, t('what.' + e.what), e.key ? ' ' + e.key : ''),
        h('td', {}, e.action ? t('action.' + e.action) : t('action.updated')),
        h('td', {}, (e.changes || []).length
          ? h('ul', { class: 'changes' }, e.changes.map((c) => h('li', {}, h('code', {}, c.field), ': ', show(c.from), ' → ', show(c.to))))
          : '')));
      before = e.seq;
    });
    more.hidden = entries.length < 50;
  }
  more.addEventListener('click', page);
  await page();
}
