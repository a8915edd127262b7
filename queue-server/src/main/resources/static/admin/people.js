// Staff accounts (administrators only): add, change role or name, disable, reset password.
import { api } from './api.js';
import { h, status } from './dom.js';
import { t, when } from './i18n.js';
import { itemForm } from './forms.js';

const roles = () => ['STAFF', 'MANAGER', 'ADMIN'].map((r) => ({ value: r, label: t('role.' + r) }));

export async function showStaff(main) {
  const editorSlot = h('div', { class: 'editor-slot' });
  const tableSlot = h('div');
  const addButton = h('button', { type: 'button', onclick: () => open(null) }, t('staff.new'));
  main.replaceChildren(
    h('h2', {}, t('staff.title')),
    h('p', { class: 'intro' }, t('staff.intro')),
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
        h('caption', { class: 'visually-hidden' }, t('staff.title')),
        h('thead', {}, h('tr', {}, ['staff.username', 'staff.displayName', 'staff.role', 'staff.enabled', 'staff.created', 'common.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, users.map((u) =>
          h('tr', { 'data-key': u.username },
            h('td', {}, u.username),
            h('td', {}, u.displayName || ''),
            h('td', {}, t('role.' + u.role)),
            h('td', {}, u.enabled ? t('common.yes') : t('common.no')),
            h('td', { class: 'muted' }, when(u.createdAt)),
            h('td', { class: 'actions' },
              h('button', { type: 'button', class: 'secondary small', 'data-action': 'edit', 'aria-label': t('common.edit') + ' ' + u.username, onclick: () => open(u) }, t('common.edit')),
              h('button', { type: 'button', class: 'secondary small', 'data-action': 'password', 'aria-label': t('staff.resetPassword') + ' ' + u.username, onclick: () => reset(u) }, t('staff.resetPassword')))))),
      ),
      lockoutList(lockouts),
    );
  }
  function open(user) {
    const isNew = !user;
    const fields = isNew
      ? [
          { key: 'username', type: 'text', label: 'staff.username', hint: 'staff.usernameHint', required: true, maxlength: 32 },
          { key: 'displayName', type: 'text', label: 'staff.displayName', maxlength: 60 },
          { key: 'role', type: 'select', label: 'staff.role', options: roles },
          { key: 'password', type: 'password', label: 'staff.password', hint: 'staff.passwordHint' },
        ]
      : [
          { key: 'displayName', type: 'text', label: 'staff.displayName', maxlength: 60 },
          { key: 'role', type: 'select', label: 'staff.role', options: roles },
          { key: 'enabled', type: 'checkbox', label: 'staff.enabled' },
        ];
    editorSlot.replaceChildren(itemForm({
      title: isNew ? t('staff.new') : user.username,
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
      title: t('staff.newPassword', { user: user.username }),
      fields: [{ key: 'password', type: 'password', label: 'staff.password', hint: 'staff.passwordHint' }],
      item: {},
      isNew: true,
      onCancel: close,
      onSave: async (values) => {
        await api('POST', '/api/v1/admin/staff/' + encodeURIComponent(user.username) + '/password', values);
        close();
        status(t('staff.passwordReset'));
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
    h('h3', { id: 'lockouts-title' }, t('staff.lockouts')),
    h('p', { class: 'intro' }, t('staff.lockoutsIntro')),
    h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ['staff.username', 'staff.address', 'staff.failures', 'staff.lockedUntil'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, lockouts.map((l) =>
        h('tr', { 'data-lockout': (l.username || '*') + '@' + l.address },
          h('td', {}, l.username || t('staff.anyAccount')),
          h('td', {}, l.address),
          h('td', {}, String(l.failures)),
          h('td', { class: 'muted' }, when(l.lockedUntil)))))));
}
