// Services, lanes and counters: a table of what there is, and a form to add or change one.
import { api } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, pick, when, duration, lang, counterLabel } from '/kit/i18n.js';
import { itemForm } from './forms.js';

/**
 * The waiting zone: one of the floor plan's zones, by name; a value the plan no longer has stays
 * selectable so that saving does not lose it silently.
 */
function zoneField(label, zones) {
  return {
    key: 'zone',
    type: 'select',
    label,
    hint: 'zone.hint',
    empty: 'zone.none',
    options: (current) => {
      const known = zones.map((z) => ({ value: z.id, label: pick(z.name) + ' (' + z.id + ')' }));
      if (current && !zones.some((z) => z.id === current)) known.push({ value: current, label: t('zone.notOnPlan', { id: current }) });
      return known;
    },
  };
}

/** A zone's name from the floor plan, or its id when the plan has no such zone. */
function zoneName(id, ctx) {
  if (!id) return t('common.none');
  const zone = ctx.zones.find((z) => z.id === id);
  return zone ? pick(zone.name) : id;
}

const serviceFields = (zones) => [
  { key: 'code', type: 'text', label: 'service.code', hint: 'service.codeHint', fixed: true, required: true, maxlength: 1 },
  { key: 'name', type: 'bilingual', label: 'service.name', required: true, maxlength: 80 },
  { key: 'description', type: 'bilingual', label: 'service.description', maxlength: 300, optional: true },
  { key: 'expectedServiceSeconds', type: 'minutes', label: 'service.expected', hint: 'service.expectedHint' },
  { key: 'documents', type: 'bilingualList', label: 'service.documents', addLabel: 'service.addDocument', removeLabel: 'service.removeDocument' },
  { key: 'online', type: 'online', label: 'service.hasOnline' },
  zoneField('service.zone', zones),
  { key: 'sortOrder', type: 'number', label: 'service.sortOrder' },
];

const laneFields = [
  { key: 'code', type: 'text', label: 'lane.code', hint: 'lane.codeHint', fixed: true, required: true, maxlength: 32 },
  { key: 'name', type: 'bilingual', label: 'lane.name', required: true, maxlength: 80 },
  { key: 'description', type: 'bilingual', label: 'lane.description', maxlength: 300, optional: true },
  { key: 'weight', type: 'number', step: '0.1', label: 'lane.weight', hint: 'lane.weightHint' },
  { key: 'maxWaitSeconds', type: 'minutes', label: 'lane.maxWait', hint: 'lane.maxWaitHint' },
  { key: 'showOnTicket', type: 'checkbox', label: 'lane.showOnTicket' },
  { key: 'showOnBoard', type: 'checkbox', label: 'lane.showOnBoard' },
  { key: 'sortOrder', type: 'number', label: 'lane.sortOrder' },
];

function counterFields(services, lanes, zones) {
  return [
    { key: 'id', type: 'text', label: 'counter.id', hint: 'counter.idHint', fixed: true, required: true, maxlength: 40 },
    { key: 'number', type: 'number', label: 'counter.number', hint: 'counter.numberHint' },
    { key: 'name', type: 'bilingual', label: 'counter.name', required: true, maxlength: 80 },
    { key: 'services', type: 'checks', label: 'counter.services', options: () => services.map((s) => ({ value: s.code, label: s.code + ' · ' + pick(s.name) })) },
    { key: 'affinityLane', type: 'select', label: 'counter.affinity', empty: 'counter.affinityNone', options: () => lanes.map((l) => ({ value: l.code, label: pick(l.name) })) },
    zoneField('counter.zone', zones),
  ];
}

const kinds = {
  services: {
    path: '/api/v1/admin/services',
    key: 'code',
    title: 'service.title',
    intro: 'service.intro',
    add: 'service.new',
    edit: (item) => t('service.editTitle', { code: item.code }),
    fields: (ctx) => serviceFields(ctx.zones),
    columns: [
      ['service.code', (s) => h('strong', { class: 'letter' }, s.code)],
      ['service.name', (s) => pick(s.name)],
      ['service.expected', (s) => duration(s.expectedServiceSeconds)],
      ['service.documents', (s) => String((s.documents || []).length)],
      ['service.hasOnline', (s) => (s.online ? t('common.yes') : t('common.no'))],
      ['service.counters', (s, ctx) => (s.counters || []).map((id) => counterLabel(ctx.counters.find((c) => c.id === id)) || id).join(lang() === 'en' ? ', ' : '、') || t('common.none')],
      ['service.zone', (s, ctx) => zoneName(s.zone, ctx)],
    ],
  },
  lanes: {
    path: '/api/v1/admin/lanes',
    key: 'code',
    title: 'lane.title',
    intro: 'lane.intro',
    add: 'lane.new',
    edit: (item) => t('lane.editTitle', { code: item.code }),
    fields: () => laneFields,
    columns: [
      ['lane.code', (l) => l.code],
      ['lane.name', (l) => pick(l.name)],
      ['lane.weight', (l) => String(l.weight)],
      ['lane.maxWait', (l) => duration(l.maxWaitSeconds)],
      ['lane.showOnTicket', (l) => (l.showOnTicket ? t('common.yes') : t('common.no'))],
      ['lane.showOnBoard', (l) => (l.showOnBoard ? t('common.yes') : t('common.no'))],
    ],
  },
  counters: {
    path: '/api/v1/admin/counters',
    key: 'id',
    title: 'counter.title',
    intro: 'counter.intro',
    add: 'counter.new',
    edit: (item) => t('counter.editTitle', { id: item.id }),
    fields: (ctx) => counterFields(ctx.services, ctx.lanes, ctx.zones),
    columns: [
      ['counter.number', (c) => h('strong', {}, String(c.number))],
      ['counter.name', (c) => pick(c.name)],
      ['counter.services', (c) => c.services.join(', ')],
      ['counter.affinity', (c, ctx) => { const l = ctx.lanes.find((x) => x.code === c.affinityLane); return l ? pick(l.name) : t('common.none'); }],
      ['counter.zone', (c, ctx) => zoneName(c.zone, ctx)],
      ['counter.status', (c) => t('status.' + c.status)],
    ],
  },
};

export async function showCatalog(main, which) {
  const kind = kinds[which];
  const ctx = { services: [], lanes: [], zones: [] };
  const editorSlot = h('div', { class: 'editor-slot' });
  const tableSlot = h('div');
  const addButton = h('button', { type: 'button', onclick: () => open(null) }, t(kind.add));
  main.replaceChildren(
    h('h2', {}, t(kind.title)),
    h('p', { class: 'intro' }, t(kind.intro)),
    h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    h('div', { class: 'toolbar' }, addButton),
    editorSlot,
    tableSlot,
  );
  let items = [];
  async function load() {
    const [list, services, lanes, plan, counters] = await Promise.all([
      api('GET', kind.path),
      which === 'counters' ? api('GET', '/api/v1/admin/services') : null,
      which === 'counters' ? api('GET', '/api/v1/admin/lanes') : null,
      which === 'lanes' ? null : api('GET', '/api/v1/floorplan').catch(() => null), // none yet: 404
      which === 'services' ? api('GET', '/api/v1/counters') : null,
    ]);
    items = list;
    ctx.services = services || [];
    ctx.lanes = lanes || [];
    ctx.counters = counters || [];
    ctx.zones = plan && Array.isArray(plan.floors)
      ? plan.floors.flatMap((f) => (f.elements || []).filter((e) => e.type === 'zone'))
      : [];
    tableSlot.replaceChildren(table());
  }
  function table() {
    return h(
      'table',
      { class: 'list' },
      h('caption', { class: 'visually-hidden' }, t(kind.title)),
      h('thead', {}, h('tr', {}, kind.columns.map(([label]) => h('th', { scope: 'col' }, t(label))), h('th', { scope: 'col' }, t('common.updated')), h('th', { scope: 'col' }, t('common.actions')))),
      h('tbody', {}, items.map((item) =>
        h('tr', { 'data-key': item[kind.key] },
          kind.columns.map(([, cell]) => h('td', {}, cell(item, ctx))),
          h('td', { class: 'muted' }, item.updatedBy ? item.updatedBy + ' · ' + when(item.updatedAt) : when(item.updatedAt)),
          h('td', { class: 'actions' },
            h('button', { type: 'button', class: 'secondary small', 'data-action': 'edit', 'aria-label': t('common.edit') + ' ' + item[kind.key], onclick: () => open(item) }, t('common.edit')),
            h('button', { type: 'button', class: 'danger small', 'data-action': 'delete', 'aria-label': t('common.delete') + ' ' + item[kind.key], onclick: () => remove(item) }, t('common.delete')))))),
    );
  }
  function open(item) {
    const isNew = !item;
    const form = itemForm({
      title: isNew ? t(kind.add) : kind.edit(item),
      fields: kind.fields(ctx),
      item,
      isNew,
      onCancel: () => { editorSlot.replaceChildren(); addButton.focus(); },
      onSave: async (values) => {
        if (isNew) await api('POST', kind.path, values);
        else await api('PUT', kind.path + '/' + encodeURIComponent(item[kind.key]), values);
        editorSlot.replaceChildren();
        status(t('app.saved'));
        await load();
      },
    });
    editorSlot.replaceChildren(form);
    const first = form.querySelector('input:not([readonly]), select, textarea');
    if (first) first.focus();
  }
  async function remove(item) {
    const name = item[kind.key] + ' ' + pick(item.name);
    if (!confirm(t('common.confirmDelete', { name }))) return;
    try {
      await api('DELETE', kind.path + '/' + encodeURIComponent(item[kind.key]) + '?version=' + item.version);
      status(t('app.deleted'));
    } catch (e) {
      status((e.body.messages && e.body.messages[document.documentElement.lang]) || e.body.detail || e.message, 'error');
    }
    await load();
  }
  await load();
}
