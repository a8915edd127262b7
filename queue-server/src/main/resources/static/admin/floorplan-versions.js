// Floor plan versions: every saved plan, view or restore one (checked again before it is used).
import { api } from '/kit/api.js';
import { el as h } from '/kit/dom.js';
import { t, when } from '/kit/i18n.js';
import { problemText } from './problems.js';

/** The versions table; onRestored runs after a restore so the editor can load the plan again. */
export function createVersions(editor, onRestored) {
  const element = h('section', { class: 'fp-versions', 'aria-labelledby': 'fp-versions-title' });

  async function load() {
    const versions = await api('GET', '/api/v1/admin/documents/floorplan/versions');
    const head = [h('h3', { id: 'fp-versions-title' }, t('floorplan.versionsTitle')), h('p', { class: 'intro' }, t('floorplan.intro'))];
    if (!versions.length) {
      element.replaceChildren(...head, h('p', {}, t('floorplan.none')));
      return;
    }
    element.replaceChildren(...head,
      h('table', { class: 'list' },
        h('caption', { class: 'visually-hidden' }, t('floorplan.versionsTitle')),
        h('thead', {}, h('tr', {}, ['floorplan.savedAt', 'floorplan.size', 'counter.status', 'common.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, versions.map((v) =>
          h('tr', { 'data-key': String(v.id) },
            h('td', {}, when(v.savedAt)),
            h('td', {}, t('floorplan.bytes', { n: Math.max(1, Math.round(v.bytes / 1024)) })),
            h('td', {}, v.current ? h('strong', {}, t('floorplan.current')) : ''),
            h('td', { class: 'actions' },
              h('a', { class: 'button secondary small', href: '/api/v1/admin/documents/floorplan/versions/' + v.id, target: '_blank', rel: 'noopener' }, t('floorplan.view')),
              v.current ? null : h('button', { type: 'button', class: 'secondary small', 'data-action': 'restore', onclick: () => restore(v) }, t('floorplan.restore'))))))));
  }

  async function restore(v) {
    const question = editor.dirty() ? t('floorplan.confirmRestoreDraft', { when: when(v.savedAt) }) : t('floorplan.confirmRestore', { when: when(v.savedAt) });
    if (!confirm(question)) return;
    try {
      await api('POST', '/api/v1/admin/documents/floorplan/versions/' + v.id + '/restore');
      await onRestored();
      editor.say(t('floorplan.restored'));
    } catch (e) {
      const errors = (e.body && e.body.errors) || [];
      editor.say(errors.length ? errors.map((x) => x.field + ': ' + problemText(x)).join('; ') : e.body.detail || e.message, 'error');
    }
    await load();
  }

  return { element, load };
}
