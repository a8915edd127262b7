// Kiosks and display boards: create (token shown once), revoke, last contact, printer, alerts.
import { api } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, when } from '/kit/i18n.js';
import { itemForm } from './forms.js';

const kinds = () => ['KIOSK', 'DISPLAY', 'RATER'].map((k) => ({ value: k, label: t('device.kind.' + k) }));

export function alertText(a) {
  return t('alert.' + a.status, { device: a.device });
}

/** Whether a display board can speak, as it last reported (issue 16); the reason when it cannot. */
function voiceCell(d) {
  if (!d.voice) return h('td', {}, '–');
  const off = d.voice === 'OFF';
  return h('td', { class: off ? 'voice-off' : null, 'data-voice': d.voice },
    off ? t('boardVoice.offShort') : t('boardVoice.on'),
    off && d.voiceDetail ? h('span', { class: 'muted' }, ' ' + d.voiceDetail.split(' ').map(voiceReason).join('；')) : null);
}

/** A board's reason code in the page's language (an unknown code as it is). */
function voiceReason(code) {
  const text = t('boardVoice.reason.' + code);
  return text.startsWith('⟦') ? code : text;
}

export async function showDevices(main) {
  const editorSlot = h('div', { class: 'editor-slot' });
  const alertSlot = h('section', { class: 'alerts-list', 'aria-labelledby': 'alerts-title' });
  const tableSlot = h('div');
  const addButton = h('button', { type: 'button', onclick: () => open() }, t('device.new'));
  main.replaceChildren(
    h('h2', {}, t('device.title')),
    h('p', { class: 'intro' }, t('device.intro')),
    h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    alertSlot,
    h('div', { class: 'toolbar' }, addButton),
    editorSlot,
    tableSlot,
  );
  async function load() {
    const [devices, alerts] = await Promise.all([api('GET', '/api/v1/admin/devices'), api('GET', '/api/v1/admin/devices/alerts')]);
    const open = alerts.filter((a) => a.open);
    alertSlot.replaceChildren(
      h('h3', { id: 'alerts-title' }, t('device.alertsTitle')),
      open.length
        ? h('ul', {}, open.map((a) => h('li', { class: 'alert ' + a.status }, alertText(a), ' ', h('span', { class: 'muted' }, when(a.at)))))
        : h('p', { class: 'muted' }, t('device.alertNone')),
    );
    tableSlot.replaceChildren(
      h('table', { class: 'list' },
        h('caption', { class: 'visually-hidden' }, t('device.title')),
        h('thead', {}, h('tr', {}, ['device.name', 'device.kind', 'counter.status', 'device.printer', 'boardVoice.column', 'device.lastContact', 'common.actions'].map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, devices.map((d) =>
          h('tr', { 'data-key': d.id, class: d.alert ? 'has-alert' : null },
            h('td', {}, d.name),
            h('td', {}, t('device.kind.' + d.kind)),
            h('td', {}, d.revoked ? t('device.revoked') : t('device.active')),
            // the status in the page's language; the device's own technical words (English) folded away
            h('td', {}, d.printer ? t('printer.' + d.printer) : '–', d.detail ? h('details', { class: 'tech' }, h('summary', {}, t('deviceTech.detail')), h('span', { lang: 'en', class: 'muted' }, d.detail)) : null),
            voiceCell(d),
            h('td', { class: 'muted' }, d.lastContactAt ? when(d.lastContactAt) : t('device.never')),
            h('td', { class: 'actions' }, d.revoked ? null : h('button', { type: 'button', class: 'danger small', 'data-action': 'revoke', 'aria-label': t('device.revoke') + ' ' + d.name, onclick: () => revoke(d) }, t('device.revoke'))))))),
    );
  }
  function open() {
    editorSlot.replaceChildren(itemForm({
      title: t('device.new'),
      fields: [
        { key: 'name', type: 'text', label: 'device.name', required: true, maxlength: 60 },
        { key: 'kind', type: 'select', label: 'device.kind', options: kinds },
      ],
      item: { kind: 'KIOSK' },
      isNew: true,
      onCancel: () => editorSlot.replaceChildren(),
      onSave: async (values) => {
        const created = await api('POST', '/api/v1/admin/devices', values);
        const id = 'token-' + created.id;
        editorSlot.replaceChildren(
          h('div', { class: 'token', role: 'alert' },
            h('label', { for: id }, t('device.tokenOnce')),
            h('input', { id, type: 'text', readonly: true, value: created.token, class: 'token-value' }),
            h('button', { type: 'button', class: 'secondary', onclick: () => editorSlot.replaceChildren() }, t('common.cancel'))),
        );
        editorSlot.querySelector('input').select();
        await load();
      },
    }));
    editorSlot.querySelector('input').focus();
  }
  async function revoke(d) {
    if (!confirm(t('device.confirmRevoke', { name: d.name }))) return;
    try {
      await api('POST', '/api/v1/admin/devices/' + d.id + '/revoke');
      status(t('app.saved'));
    } catch (e) {
      status(e.body.detail || e.message, 'error');
    }
    await load();
  }
  await load();
}
