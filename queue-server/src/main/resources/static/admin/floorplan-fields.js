// Labelled controls for the floor plan's property panel; each one commits its value on change.
import { el as h } from '/kit/dom.js';
import { t } from '/kit/i18n.js';

let seq = 0;
const nextId = () => 'fp-f' + ++seq;

export function textField(path, label, value, onCommit, attrs = {}) {
  const id = nextId();
  const input = h('input', { id, type: 'text', value: value || '', 'data-path': path, ...attrs });
  input.addEventListener('change', () => onCommit(input.value.trim()));
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

export function numberField(path, label, value, onCommit, attrs = {}) {
  const id = nextId();
  const input = h('input', { id, type: 'number', value: String(value ?? ''), 'data-path': path, step: '0.5', ...attrs });
  input.addEventListener('change', () => {
    const n = Number(input.value);
    if (input.value !== '' && Number.isFinite(n)) onCommit(n);
  });
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

export function selectField(path, label, options, value, onCommit) {
  const id = nextId();
  const select = h('select', { id, 'data-path': path },
    options.map((o) => h('option', { value: o.value, selected: o.value === value, disabled: o.disabled }, o.label)));
  select.addEventListener('change', () => onCommit(select.value));
  return h('div', { class: 'field' }, h('label', { for: id }, label), select);
}

export function checkField(path, label, checked, onCommit) {
  const id = nextId();
  const box = h('input', { id, type: 'checkbox', checked, 'data-path': path });
  box.addEventListener('change', () => onCommit(box.checked));
  return h('div', { class: 'field check' }, box, h('label', { for: id }, label));
}

/** A text in both languages; onCommit gets the whole {zh-CN, en} after either changes. */
export function bilingualField(path, legend, value, onCommit, optional = false) {
  const current = { ...(value || {}) };
  return h('fieldset', { class: 'bilingual' },
    h('legend', {}, legend, optional ? h('span', { class: 'req' }, ' (' + t('floorplan.optional') + ')') : null),
    ['zh-CN', 'en'].map((l) => textField(path + '.' + l, l === 'zh-CN' ? t('common.zh') : t('common.en'), current[l], (v) => {
      current[l] = v;
      onCommit({ ...current });
    }, { lang: l, maxlength: 80 })));
}

export function checksField(path, legend, options, values, onCommit) {
  const chosen = new Set(values);
  return h('fieldset', { class: 'checks', 'data-path': path },
    h('legend', {}, legend),
    options.length ? options.map((o) => {
      const id = nextId();
      const box = h('input', { id, type: 'checkbox', value: o.value, checked: chosen.has(o.value), 'data-path': path + '.' + o.value });
      box.addEventListener('change', () => {
        if (box.checked) chosen.add(o.value);
        else chosen.delete(o.value);
        onCommit(options.map((x) => x.value).filter((v) => chosen.has(v)).concat([...chosen].filter((v) => !options.some((x) => x.value === v))));
      });
      return h('span', { class: 'check' }, box, h('label', { for: id }, o.label));
    }) : h('p', { class: 'hint' }, t('common.none')));
}
