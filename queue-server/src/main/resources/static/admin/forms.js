// Forms for the console: labelled fields in both languages, the server's problems shown next to
// the field they concern, and nothing the manager typed lost when a save fails.
import { el as h } from '/kit/dom.js';
import { t, lang } from '/kit/i18n.js';
import { problemText } from './problems.js';

let seq = 0;
const LANGS = ['zh-CN', 'en'];

function fieldId(path) {
  return 'f' + ++seq + '-' + path.replace(/[^a-zA-Z0-9]/g, '-');
}

function errorSlot(path) {
  return h('p', { class: 'field-error', 'data-error-for': path, id: fieldId('err-' + path), hidden: true });
}

function input(path, attrs, label, hint) {
  const id = fieldId(path);
  const error = errorSlot(path);
  const hintEl = hint ? h('p', { class: 'hint', id: id + '-hint' }, t(hint)) : null;
  const control = h(attrs.textarea ? 'textarea' : 'input', {
    ...attrs,
    textarea: null,
    id,
    name: path,
    'data-path': path,
    'aria-describedby': [hintEl && hintEl.id, error.id].filter(Boolean).join(' '),
  });
  if (attrs.textarea && attrs.value !== undefined) control.value = attrs.value;
  return h('div', { class: 'field', 'data-field': path }, h('label', { for: id }, label), control, hintEl, error);
}

function bilingual(path, value, spec) {
  const v = value || {};
  return h(
    'fieldset',
    { class: 'bilingual', 'data-field': path },
    h('legend', {}, t(spec.label), spec.required ? h('span', { class: 'req' }, ' (' + t('form.required') + ')') : null),
    LANGS.map((l) =>
      input(
        path + '.' + l,
        { type: 'text', value: v[l] || '', maxlength: spec.maxlength || 300, lang: l, textarea: spec.textarea },
        l === 'zh-CN' ? t('common.zh') : t('common.en'),
      ),
    ),
    errorSlot(path),
  );
}

function bilingualList(path, values, spec) {
  const list = h('ol', { class: 'rows' });
  const readAll = () =>
    [...list.children].map((li) => {
      const text = {};
      li.querySelectorAll('input').forEach((i) => (text[i.lang] = i.value));
      return text;
    });
  const render = (items) => {
    list.replaceChildren(
      ...items.map((v, index) => {
        const row = bilingual(`${path}[${index}]`, v, { label: 'service.document', maxlength: 120 });
        row.querySelector('legend').textContent = t('service.document', { n: index + 1 });
        const remove = h('button', { type: 'button', class: 'secondary small' }, t(spec.removeLabel));
        remove.addEventListener('click', () => {
          const all = readAll();
          all.splice(index, 1);
          render(all);
        });
        return h('li', { class: 'row' }, row, remove);
      }),
    );
  };
  render(values || []);
  return h(
    'fieldset',
    { class: 'list', 'data-field': path, 'data-kind': 'list' },
    h('legend', {}, t(spec.label)),
    list,
    h('button', { type: 'button', class: 'secondary small', onclick: () => render([...readAll(), {}]) }, t(spec.addLabel)),
    errorSlot(path),
  );
}

function checkbox(path, checked, label) {
  const id = fieldId(path);
  const error = errorSlot(path);
  return h(
    'div',
    { class: 'field check', 'data-field': path },
    h('input', { type: 'checkbox', id, name: path, 'data-path': path, checked: !!checked, 'aria-describedby': error.id }),
    h('label', { for: id }, label),
    error,
  );
}

function checks(path, selected, spec) {
  const chosen = new Set(selected || []);
  return h(
    'fieldset',
    { class: 'checks', 'data-field': path },
    h('legend', {}, t(spec.label)),
    spec.options().map((o, i) => {
      const id = fieldId(path + i);
      return h(
        'span',
        { class: 'check', 'data-field': `${path}[${i}]` },
        h('input', { type: 'checkbox', id, value: o.value, 'data-multi': path, checked: chosen.has(o.value) }),
        h('label', { for: id }, o.label),
      );
    }),
    errorSlot(path),
  );
}

function select(path, value, spec) {
  const id = fieldId(path);
  const error = errorSlot(path);
  const options = [];
  if (spec.empty) options.push(h('option', { value: '' }, t(spec.empty)));
  spec.options(value).forEach((o) => options.push(h('option', { value: o.value, selected: o.value === value }, o.label)));
  return h(
    'div',
    { class: 'field', 'data-field': path },
    h('label', { for: id }, t(spec.label)),
    h('select', { id, name: path, 'data-path': path, 'aria-describedby': error.id }, options),
    spec.hint ? h('p', { class: 'hint' }, t(spec.hint)) : null,
    error,
  );
}

function online(path, value, spec) {
  const on = !!value;
  const box = h('div', { class: 'online', hidden: !on },
    bilingual(path + '.name', value && value.name, { label: 'service.onlineName', maxlength: 120 }),
    input(path + '.url', { type: 'url', value: (value && value.url) || '', placeholder: 'https://' }, t('service.onlineUrl')));
  const toggle = checkbox(path + '.enabled', on, t('service.hasOnline'));
  toggle.querySelector('input').addEventListener('change', (e) => (box.hidden = !e.target.checked));
  return h('div', { class: 'group', 'data-field': path }, toggle, box, errorSlot(path));
}

/** Builds the controls for one field spec. */
function control(spec, value, isNew) {
  const path = spec.key;
  const label = t(spec.label);
  switch (spec.type) {
    case 'bilingual':
      return bilingual(path, value, spec);
    case 'bilingualList':
      return bilingualList(path, value, spec);
    case 'checkbox':
      return checkbox(path, value, label);
    case 'checks':
      return checks(path, value, spec);
    case 'select':
      return select(path, value, spec);
    case 'online':
      return online(path, value, spec);
    case 'minutes':
      return input(path, { type: 'number', step: '0.5', min: '0', value: value == null ? '' : value / 60, inputmode: 'decimal' }, label, spec.hint);
    case 'number':
      return input(path, { type: 'number', step: spec.step || '1', value: value == null ? '' : value }, label, spec.hint);
    case 'password':
      return input(path, { type: 'password', autocomplete: 'new-password', value: '', maxlength: 128 }, label, spec.hint);
    default:
      return input(path, { type: 'text', value: value || '', readonly: !isNew && spec.fixed, required: spec.required, maxlength: spec.maxlength, autocomplete: 'off' }, label, spec.hint);
  }
}

/** Reads the form back into the JSON the API expects. */
export function readForm(form, fields) {
  const out = {};
  const value = (path) => form.querySelector(`[data-path="${CSS.escape(path)}"]`);
  for (const spec of fields) {
    const k = spec.key;
    switch (spec.type) {
      case 'bilingual': {
        const text = {};
        LANGS.forEach((l) => (text[l] = value(k + '.' + l).value.trim()));
        out[k] = spec.optional && !text['zh-CN'] && !text.en ? null : text;
        break;
      }
      case 'bilingualList':
        out[k] = [...form.querySelectorAll(`[data-field="${k}"] li`)].map((li) => {
          const text = {};
          li.querySelectorAll('input').forEach((i) => (text[i.lang] = i.value.trim()));
          return text;
        });
        break;
      case 'checkbox':
        out[k] = value(k).checked;
        break;
      case 'checks':
        out[k] = [...form.querySelectorAll(`[data-multi="${k}"]`)].filter((c) => c.checked).map((c) => c.value);
        break;
      case 'select':
        out[k] = value(k).value || null;
        break;
      case 'online':
        out[k] = value(k + '.enabled').checked
          ? { name: { 'zh-CN': value(k + '.name.zh-CN').value.trim(), en: value(k + '.name.en').value.trim() }, url: value(k + '.url').value.trim() }
          : null;
        break;
      case 'minutes': {
        const v = value(k).value;
        out[k] = v === '' ? null : Math.round(parseFloat(v) * 60);
        break;
      }
      case 'number': {
        const v = value(k).value;
        out[k] = v === '' ? null : Number(v);
        break;
      }
      default:
        out[k] = value(k).value.trim() || null;
    }
  }
  return out;
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((e) => { e.hidden = true; e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  form.querySelector('.form-problems').replaceChildren();
  form.querySelector('.form-problems').hidden = true;
}

/** Puts each problem next to its field (or its closest enclosing part) and lists them on top. */
export function showErrors(form, errors, fieldLabel) {
  clearErrors(form);
  const summary = form.querySelector('.form-problems');
  const items = [];
  for (const e of errors) {
    const message = problemText(e);
    let path = e.field || '';
    let slot = null;
    while (path && !(slot = form.querySelector(`[data-error-for="${CSS.escape(path)}"]`))) {
      const shorter = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      path = shorter === path ? '' : shorter;
    }
    slot = slot || form.querySelector('[data-error-for=""]');
    if (slot) {
      slot.hidden = false;
      slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + message;
      const wrapper = slot.closest('[data-field]');
      const control = wrapper && wrapper.querySelector('input, select, textarea');
      if (control) control.setAttribute('aria-invalid', 'true');
    }
    items.push(h('li', {}, h('a', { href: '#', onclick: (ev) => { ev.preventDefault(); const c = slot && slot.closest('[data-field]').querySelector('input, select, textarea'); if (c) c.focus(); } }, (fieldLabel(e.field) || e.field) + ': ' + message)));
  }
  summary.hidden = false;
  summary.replaceChildren(h('p', {}, t('form.errorsTitle', { n: errors.length })), h('ul', {}, items));
  summary.focus();
}

/**
 * A form for one item. onSave(values) sends it; on a stale version the manager chooses between
 * overwriting and loading the other version, with their own input kept until they choose.
 */
export function itemForm({ title, fields, item, isNew, onSave, onCancel, reload }) {
  let version = item ? item.version : undefined;
  const form = h('form', { class: 'editor', novalidate: true, 'aria-labelledby': 'editor-title' });
  const fill = (value) => {
    form.replaceChildren(
      h('h3', { id: 'editor-title' }, title),
      h('div', { class: 'form-problems', role: 'alert', tabindex: '-1', hidden: true }),
      h('div', { class: 'conflict', role: 'alert', hidden: true }),
      ...fields.map((f) => control(f, value ? value[f.key] : undefined, isNew)),
      errorSlot(''),
      h('div', { class: 'buttons' },
        h('button', { type: 'submit' }, t('common.save')),
        h('button', { type: 'button', class: 'secondary', onclick: onCancel }, t('common.cancel'))),
    );
  };
  fill(item);
  const labelOf = (field) => {
    const top = (field || '').split(/[.[]/)[0];
    const spec = fields.find((f) => f.key === top);
    const rest = (field || '').slice(top.length).replace('.zh-CN', ' · ' + t('common.zh')).replace('.en', ' · ' + t('common.en'));
    return spec ? t(spec.label) + rest : field;
  };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const values = readForm(form, fields);
    if (!isNew && version !== undefined) values.version = version;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await onSave(values);
    } catch (e) {
      if (e.status === 400 && e.body.errors) {
        showErrors(form, e.body.errors, labelOf);
      } else if (e.status === 409 && e.body.reason === 'STALE_VERSION') {
        showConflict(e.body);
      } else {
        clearErrors(form);
        const message = e.status === 0 ? t('form.networkError') : (e.body.messages && e.body.messages[lang()]) || t('form.serverError', { status: e.status }) + (e.body.detail || '');
        showErrors(form, [{ field: (e.body && e.body.field) || '', message }], labelOf);
      }
    } finally {
      button.disabled = false;
    }
  });
  function showConflict(problem) {
    const box = form.querySelector('.conflict');
    box.hidden = false;
    box.replaceChildren(
      h('h4', {}, t('form.conflictTitle')),
      h('p', {}, (problem.messages && problem.messages[lang()]) || problem.detail),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', onclick: () => { version = problem.currentVersion; box.replaceChildren(h('p', {}, t('form.overwriteReady'))); } }, t('form.overwrite')),
        h('button', { type: 'button', class: 'secondary', onclick: () => { version = problem.currentVersion; fill(problem.current); } }, t('form.loadTheirs'))),
    );
    box.querySelector('button').focus();
  }
  return form;
}
