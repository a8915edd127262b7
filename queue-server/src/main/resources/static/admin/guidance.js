// The kiosk's question tree: edit it in both languages, save it with the server's checks shown
// where they apply, and walk through it as a visitor would.
import { api } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, pick, lang } from '/kit/i18n.js';
import { problemText } from './problems.js';

const KINDS = ['SERVICE', 'ONLINE', 'STAFF', 'INFO'];
let seq = 0;

function text(path, value, label, onChange, optional) {
  return h('fieldset', { class: 'bilingual', 'data-field': path },
    h('legend', {}, label),
    ['zh-CN', 'en'].map((l) => {
      const id = 'g' + ++seq;
      const error = h('p', { class: 'field-error', 'data-error-for': path + '.' + l, id: id + '-e', hidden: true });
      const input = h('input', { id, type: 'text', lang: l, value: (value && value[l]) || '', 'aria-describedby': id + '-e', 'data-path': path + '.' + l });
      input.addEventListener('input', () => onChange(l, input.value));
      return h('div', { class: 'field' }, h('label', { for: id }, l === 'zh-CN' ? t('common.zh') : t('common.en')), input, error);
    }),
    h('p', { class: 'field-error', 'data-error-for': path, hidden: true }),
  );
}

function selectField(path, label, options, value, onChange) {
  const id = 'g' + ++seq;
  const s = h('select', { id, 'data-path': path, 'aria-describedby': id + '-e' },
    options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
  s.addEventListener('change', () => onChange(s.value));
  return h('div', { class: 'field' }, h('label', { for: id }, label), s,
    h('p', { class: 'field-error', 'data-error-for': path, id: id + '-e', hidden: true }));
}

export async function showGuidance(main) {
  const loaded = await api('GET', '/api/v1/admin/guidance');
  let model = loaded.guidance || { start: 'q-start', questions: [] };
  let version = loaded.version;
  const services = await api('GET', '/api/v1/admin/services');
  const editor = h('div', { class: 'guidance-editor' });
  const preview = h('section', { class: 'preview', 'aria-labelledby': 'preview-title' });
  const problems = h('div', { class: 'form-problems', role: 'alert', tabindex: '-1', hidden: true });
  const conflict = h('div', { class: 'conflict', role: 'alert', hidden: true });
  const saveButton = h('button', { type: 'button', id: 'guidance-save' }, t('common.save'));
  main.replaceChildren(
    h('h2', {}, t('guidance.title')),
    h('p', { class: 'intro' }, t('guidance.intro')),
    h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    problems, conflict,
    h('div', { class: 'split' }, editor, preview),
    h('div', { class: 'buttons sticky' }, saveButton),
  );

  const serviceOptions = services.map((s) => ({ value: s.code, label: s.code + ' · ' + pick(s.name) }));
  // Each question folds to one line (the tree is thousands of pixels tall unfolded): the start
  // question opens, and so does any question the manager opens, adds, or the server finds fault in.
  const opened = new Set([model.start]);
  const foldAll = (open) => {
    model.questions.forEach((q) => (open ? opened.add(q.id) : opened.delete(q.id)));
    render();
  };

  function render() {
    const ids = model.questions.map((q) => q.id);
    editor.replaceChildren(
      selectField('guidance.start', t('guidance.start'), ids.map((id) => ({ value: id, label: id })), model.start, (v) => { model.start = v; renderPreview(); }),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'secondary small', onclick: () => foldAll(true) }, t('guidanceFold.openAll')),
        h('button', { type: 'button', class: 'secondary small', onclick: () => foldAll(false) }, t('guidanceFold.closeAll'))),
      ...model.questions.map((q, qi) => folded(q, question(q, qi, ids))),
      h('div', { class: 'toolbar' }, newQuestion()),
    );
    renderPreview();
  }

  function folded(q, fieldset) {
    const fold = h('details', { class: 'question-fold', open: opened.has(q.id) },
      h('summary', {}, h('strong', {}, q.id), ' ', pick(q.text) || '…',
        h('span', { class: 'muted' }, ' · ' + t('guidanceFold.answers', { n: q.answers.length }))),
      fieldset);
    fold.addEventListener('toggle', () => (fold.open ? opened.add(q.id) : opened.delete(q.id)));
    return fold;
  }

  function question(q, qi, ids) {
    const at = `guidance.questions[${qi}]`;
    return h('fieldset', { class: 'question', 'data-field': at, id: 'question-' + q.id },
      h('legend', {}, t('guidance.question', { id: q.id })),
      h('p', { class: 'field-error', 'data-error-for': at, hidden: true }),
      h('p', { class: 'field-error', 'data-error-for': at + '.id', hidden: true }),
      text(at + '.text', q.text, t('guidance.text'), (l, v) => { q.text = { ...q.text, [l]: v }; renderPreview(); }),
      text(at + '.help', q.help, t('guidance.help'), (l, v) => { q.help = { ...q.help, [l]: v }; if (!q.help['zh-CN'] && !q.help.en) delete q.help; }),
      h('ol', { class: 'answers' }, q.answers.map((a, ai) => answer(q, a, `${at}.answers[${ai}]`, ai, ids))),
      h('p', { class: 'field-error', 'data-error-for': at + '.answers', hidden: true }),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'secondary small', onclick: () => { q.answers.push({ label: {}, result: { kind: 'STAFF', message: {} } }); render(); } }, t('guidance.addAnswer')),
        h('button', { type: 'button', class: 'danger small', onclick: () => { model.questions.splice(qi, 1); render(); } }, t('guidance.removeQuestion'))),
    );
  }

  function answer(q, a, at, ai, ids) {
    const then = a.result ? 'result:' + a.result.kind : 'next:' + (a.next || '');
    const options = [
      ...ids.filter((id) => id !== q.id).map((id) => ({ value: 'next:' + id, label: t('guidance.next') + ' ' + id })),
      ...KINDS.map((k) => ({ value: 'result:' + k, label: t('guidance.result') + ': ' + t('guidance.kind.' + k) })),
    ];
    const parts = [
      h('p', { class: 'field-error', 'data-error-for': at, hidden: true }),
      text(at + '.label', a.label, t('guidance.answer', { n: ai + 1 }), (l, v) => { a.label = { ...a.label, [l]: v }; renderPreview(); }),
      selectField(at + '.next', t('guidance.leadsTo'), options, then, (v) => {
        if (v.startsWith('next:')) { delete a.result; a.next = v.slice(5); }
        else { delete a.next; a.result = { kind: v.slice(7), ...(a.result && a.result.message ? { message: a.result.message } : { message: {} }) }; if (v.slice(7) === 'SERVICE' || v.slice(7) === 'ONLINE') a.result.service = (a.result && a.result.service) || (services[0] && services[0].code); }
        render();
      }),
    ];
    if (a.result) {
      if (a.result.kind === 'SERVICE' || a.result.kind === 'ONLINE') {
        parts.push(selectField(at + '.result.service', t('guidance.resultService'), serviceOptions, a.result.service, (v) => { a.result.service = v; }));
      }
      parts.push(text(at + '.result.message', a.result.message, t('guidance.message'), (l, v) => { a.result.message = { ...a.result.message, [l]: v }; }));
    }
    parts.push(h('button', { type: 'button', class: 'danger small', onclick: () => { q.answers.splice(ai, 1); render(); } }, t('guidance.removeAnswer')));
    return h('li', { class: 'answer', 'data-field': at }, parts);
  }

  function newQuestion() {
    const id = 'g' + ++seq;
    const input = h('input', { id, type: 'text', placeholder: 'q-new', pattern: '[a-z0-9-]+' });
    const add = h('button', { type: 'button', class: 'secondary', onclick: () => {
      const value = input.value.trim() || 'q-' + Date.now().toString(36);
      model.questions.push({ id: value, text: {}, answers: [{ label: {}, result: { kind: 'STAFF', message: {} } }] });
      opened.add(value);
      render();
      document.getElementById('question-' + value).scrollIntoView();
    } }, t('guidance.addQuestion'));
    return h('div', { class: 'field inline' }, h('label', { for: id }, t('guidance.newId')), input, add);
  }

  // Preview: the visitor's path through the tree in the current language.
  let path = [];
  function renderPreview() {
    const byId = Object.fromEntries(model.questions.map((q) => [q.id, q]));
    if (!path.length || !byId[path[0]] || path[0] !== model.start) path = [model.start];
    const current = path[path.length - 1];
    const body = [];
    if (typeof current === 'object') {
      const r = current;
      const service = services.find((s) => s.code === r.service);
      body.push(h('div', { class: 'result', 'data-kind': r.kind },
        h('p', {}, h('strong', {}, t('guidance.previewResult') + t('guidance.kind.' + r.kind))),
        service ? h('p', {}, service.code + ' · ' + pick(service.name)) : null,
        r.message ? h('p', {}, pick(r.message)) : null));
    } else if (byId[current]) {
      const q = byId[current];
      body.push(h('p', { class: 'question-text' }, pick(q.text)));
      if (q.help) body.push(h('p', { class: 'muted' }, pick(q.help)));
      body.push(h('div', { class: 'choices' }, q.answers.map((a) =>
        h('button', { type: 'button', class: 'choice', onclick: () => { path.push(a.result ? a.result : a.next); renderPreview(); } }, pick(a.label) || '…'))));
    }
    preview.replaceChildren(
      h('h3', { id: 'preview-title' }, t('guidance.preview')),
      h('div', { class: 'screen', lang: lang() }, body),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'secondary small', disabled: path.length < 2, onclick: () => { path.pop(); renderPreview(); } }, t('guidance.back')),
        h('button', { type: 'button', class: 'secondary small', onclick: () => { path = []; renderPreview(); } }, t('guidance.restart'))),
    );
  }

  // A problem's place in words: question id, then the part of it.
  function where(field) {
    const m = field.match(/^guidance\.questions\[(\d+)\](?:\.answers\[(\d+)\])?\.?(.*)$/);
    if (!m) return field.replace(/^guidance\.?/, '') || t('guidance.title');
    const q = model.questions[Number(m[1])];
    const parts = [t('guidance.question', { id: q ? q.id : m[1] })];
    if (m[2] !== undefined) parts.push(t('guidance.answer', { n: Number(m[2]) + 1 }));
    const rest = m[3].replace(/^label/, t('guidance.label')).replace(/^text/, t('guidance.text')).replace(/^help/, t('guidance.help'))
      .replace(/^result\.message/, t('guidance.message')).replace(/^result\.service/, t('guidance.resultService'))
      .replace(/\.zh-CN$/, ' · ' + t('common.zh')).replace(/\.en$/, ' · ' + t('common.en'));
    if (rest) parts.push(rest);
    return parts.join(' · ');
  }

  function showErrors(errors) {
    editor.querySelectorAll('.field-error').forEach((e) => { e.hidden = true; e.textContent = ''; });
    const items = errors.map((e) => {
      const message = problemText(e);
      let p = e.field;
      let slot = null;
      while (p && !(slot = editor.querySelector(`[data-error-for="${CSS.escape(p)}"]`))) {
        const shorter = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
        p = shorter === p ? '' : shorter;
      }
      if (slot) {
        slot.hidden = false;
        slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + message;
        const fold = slot.closest('details');
        if (fold) fold.open = true;
      }
      return h('li', {}, where(e.field) + ': ' + message);
    });
    problems.hidden = false;
    problems.replaceChildren(h('p', {}, t('form.errorsTitle', { n: errors.length })), h('ul', {}, items));
    problems.focus();
  }

  saveButton.addEventListener('click', async () => {
    problems.hidden = true;
    conflict.hidden = true;
    try {
      const saved = await api('PUT', '/api/v1/guidance?version=' + version, model);
      version = saved.version;
      status(t('app.saved'));
    } catch (e) {
      if (e.status === 400 && e.body.errors) showErrors(e.body.errors);
      else if (e.status === 409 && e.body.reason === 'STALE_VERSION') {
        conflict.hidden = false;
        conflict.replaceChildren(h('h4', {}, t('form.conflictTitle')), h('p', {}, (e.body.messages && e.body.messages[lang()]) || e.body.detail),
          h('div', { class: 'buttons' },
            h('button', { type: 'button', onclick: () => { version = e.body.currentVersion; conflict.replaceChildren(h('p', {}, t('form.overwriteReady'))); } }, t('form.overwrite')),
            h('button', { type: 'button', class: 'secondary', onclick: () => { version = e.body.currentVersion; model = e.body.current; conflict.hidden = true; render(); } }, t('form.loadTheirs'))));
      } else status(e.status === 0 ? t('form.networkError') : t('form.serverError', { status: e.status }) + (e.body.detail || ''), 'error');
    }
  });
  render();
}
