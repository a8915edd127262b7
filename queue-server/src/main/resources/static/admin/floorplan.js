// Floor plan versions: every saved plan, view or restore one (checked again before it is used).
import { api } from './api.js';
import { h, status } from './dom.js';
import { t, when, problemText } from './i18n.js';

export async function showFloorplan(main) {
  const tableSlot = h('div');
  main.replaceChildren(
    h('h2', {}, t('floorplan.title')),
    h('p', { class: 'intro' }, t('floorplan.intro')),
    h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    tableSlot,
  );
  async function load() {
    const versions = await api('GET', '/api/v1/admin/documents/floorplan/versions');
    if (!versions.length) {
      tableSlot.replaceChildren(h('p', {}, t('floorplan.none')));
      return;
    }
    tableSlot.replaceChildren(
      h('table', { class: 'list' },
        h('caption', { class: 'visually-hidden' }, t('floorplan.title')),
        h('thead', {}, h('tr', {}, ['floorplan.savedAt', 'floorplan.size', 'counter.status', 'common.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, versions.map((v) =>
          h('tr', { 'data-key': String(v.id) },
            h('td', {}, when(v.savedAt)),
            h('td', {}, t('floorplan.bytes', { n: Math.max(1, Math.round(v.bytes / 1024)) })),
            h('td', {}, v.current ? h('strong', {}, t('floorplan.current')) : ''),
            h('td', { class: 'actions' },
              h('a', { class: 'button secondary small', href: '/api/v1/admin/documents/floorplan/versions/' + v.id, target: '_blank', rel: 'noopener' }, t('floorplan.view')),
              v.current ? null : h('button', { type: 'button', class: 'secondary small', 'data-action': 'restore', onclick: () => restore(v) }, t('floorplan.restore'))))))),
    );
  }
  async function restore(v) {
    if (!confirm(t('floorplan.confirmRestore', { when: when(v.savedAt) }))) return;
    try {
      await api('POST', '/api/v1/admin/documents/floorplan/versions/' + v.id + '/restore');
      status(t('floorplan.restored'));
    } catch (e) {
      const errors = (e.body && e.body.errors) || [];
      status(errors.length ? errors.map((x) => x.field + ': ' + problemText(x)).join('; ') : e.body.detail || e.message, 'error');
    }
    await load();
  }
  await load();
}
