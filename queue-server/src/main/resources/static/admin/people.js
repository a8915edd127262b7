// Staff accounts (administrators only): add, change role or name, disable, reset password.
import { api } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, when } from '/kit/i18n.js';
import { itemForm } from './forms.js';

const roles = () => ['STAFF', 'MANAGER', 'ADMIN'].map((r) => ({ value: r, label: t('role.' + r) }));

export async function showStaff(main) {
  const editorSlot = h('div', { class: 'editor-slot' });
  const tableSlot = h('div');
  const addButton = h('button', { type: 'button', onclick: () => open(null) }, t('people.new'));
  main.replaceChildren(
    h('h2', {}, t('people.title')),
    h('p', { class: 'intro' }, t('people.intro')),
    h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    h('div', { class: 'toolbar' }, addButton),
    editorSlot,
    tableSlot,
  );
  const close = () => { editorSlot.replaceChildren(); addButton.focus(); };
  async function load() {
    const [users, lockouts] = await Promise.all([
      api('GET', '/api/v1/admin/staff'), api('GET', '/api/v1/admin/lockouts')]);
    tableSlot.replaceChildren(
      h('table', { class: 'list' },
        h('caption', { class: 'visually-hidden' }, t('people.title')),
        h('thead', {}, h('tr', {}, ['people.username', 'people.displayName', 'people.role', 'people.enabled', 'people.created', 'common.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, users.map((u) =>
          h('tr', { 'data-key': u.username },
            h('td', {}, u.username),
            h('td', {}, u.displayName || ''),
            h('td', {}, t('role.' + u.role)),
            h('td', {}, u.enabled ? t('common.yes') : t('common.no')),
            h('td', { class: 'muted' }, when(u.createdAt)),
            h('td', { class: 'actions' },
              h('button', { type: 'button', class: 'secondary small', 'data-action': 'edit', 'aria-label': t('common.edit') + ' ' + u.username, onclick: () => open(u) }, t('common.edit')),
              h('button', { type: 'button', class: 'secondary small', 'data-action': 'password', 'aria-label': t('people.resetPassword') + ' ' + u.username, onclick: () => reset(u) }, t('people.resetPassword')))))),
      ),
      lockoutList(lockouts),
    );
  }
  function open(user) {
    const isNew = !user;
    const fields = isNew
      ? [
          { key: 'username', type: 'text', label: 'people.username', hint: 'people.usernameHint', required: true, maxlength: 32 },
          { key: 'displayName', type: 'text', label: 'people.displayName', maxlength: 60 },
          { key: 'role', type: 'select', label: 'people.role', options: roles },
          { key: 'password', type: 'password', label: 'people.password', hint: 'people.passwordHint' },
        ]
      : [
          { key: 'displayName', type: 'text', label: 'people.displayName', maxlength: 60 },
          { key: 'role', type: 'select', label: 'people.role', options: roles },
          { key: 'enabled', type: 'checkbox', label: 'people.enabled' },
        ];
    editorSlot.replaceChildren(itemForm({
      title: isNew ? t('people.new') : user.username,
      fields,
      item: user || { role: 'STAFF' },
      isNew,
      onCancel: close,
      onSave: async (values) => {
        if (isNew) await api('POST', '/api/v1/admin/staff', values);
        else await api('PUT', '/api/v1/admin/staff/' + encodeURIComponent(user.username), values);
        close();
        status(t('app.saved'));
        await load();
      },
    }));
    editorSlot.querySelector('input, select').focus();
  }
  function reset(user) {
    editorSlot.replaceChildren(itemForm({
      title: t('people.newPassword', { user: user.username }),
      fields: [{ key: 'password', type: 'password', label: 'people.password', hint: 'people.passwordHint' }],
      item: {},
      isNew: true,
      onCancel: close,
      onSave: async (values) => {
        await api('POST', '/api/v1/admin/staff/' + encodeURIComponent(user.username) + '/password', values);
        close();
        status(t('people.passwordReset'));
      },
    }));
    editorSlot.querySelector('input').focus();
  }
  await load();
}

/** The sign-ins locked now after wrong passwords (nothing when there are none). */
function lockoutList(lockouts) {
  if (!lockouts.length) return '';
  return h('section', { class: 'lockouts', 'aria-labelledby': 'lockouts-title' },
    h('h3', { id: 'lockouts-title' }, t('people.lockouts')),
    h('p', { class: 'intro' }, t('people.lockoutsIntro')),
    h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ['people.username', 'people.address', 'people.failures', 'people.lockedUntil'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, lockouts.map((l) =>
        h('tr', { 'data-lockout': (l.username || '*') + '@' + l.address },
          h('td', {}, l.username || t('people.anyAccount')),
          h('td', {}, l.address),
          h('td', {}, String(l.failures)),
          h('td', { class: 'muted' }, when(l.lockedUntil)))))));
}
