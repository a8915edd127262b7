// The office bundle: download this office's whole setup as one file, or check and import a file
// from another office. An import replaces services, lanes, counters, guidance and floor plan at
// once, or changes nothing and lists every problem.
import { api } from '/kit/api.js';
import { el as h, status } from '/kit/dom.js';
import { t, pick, officeDate } from '/kit/i18n.js';
import { problemText } from './problems.js';

const BUNDLE_PATH = '/api/v1/office-bundle';

function summaryOf(bundle) {
  const questions = bundle.guidance && Array.isArray(bundle.guidance.questions) ? bundle.guidance.questions.length : 0;
  const floors = bundle.floorplan && Array.isArray(bundle.floorplan.floors) ? bundle.floorplan.floors.length : 0;
  return h('ul', { class: 'bundle-summary' },
    bundle.office && bundle.office.name ? h('li', {}, t('bundle.office'), ' ', h('strong', {}, pick(bundle.office.name))) : null,
    h('li', {}, t('bundle.counts', {
      services: (bundle.services || []).length,
      lanes: (bundle.lanes || []).length,
      counters: (bundle.counters || []).length,
    })),
    h('li', {}, questions ? t('bundle.guidance', { n: questions }) : t('bundle.noGuidance')),
    h('li', {}, floors ? t('bundle.floorplan', { n: floors }) : t('bundle.noFloorplan')),
    bundle.sample ? h('li', { class: 'muted' }, t('bundle.sample')) : null);
}

function fileName(bundle) {
  const day = officeDate();
  const id = bundle.floorplan && typeof bundle.floorplan.id === 'string' ? bundle.floorplan.id : 'office';
  return `office-bundle-${id}-${day}.json`;
}

function problemList(errors) {
  return h('ul', { class: 'bundle-problems' },
    errors.map((e) => h('li', {}, h('code', {}, e.field || '—'), ' ', problemText(e))));
}

export async function showBundle(main) {
  const current = h('div', { class: 'bundle-current' });
  const result = h('div', { class: 'bundle-result', role: 'region', 'aria-label': t('bundle.checkTitle') });
  const fileInput = h('input', { type: 'file', id: 'bundle-file', accept: 'application/json,.json' });
  main.replaceChildren(
    h('h2', {}, t('bundle.title')),
    h('p', { class: 'intro' }, t('bundle.intro')),
    h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    h('section', { class: 'panel', 'aria-labelledby': 'bundle-export' },
      h('h3', { id: 'bundle-export' }, t('bundle.exportTitle')),
      h('p', {}, t('bundle.exportIntro')),
      current,
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', id: 'bundle-download', onclick: download }, t('bundle.download')))),
    h('section', { class: 'panel', 'aria-labelledby': 'bundle-import' },
      h('h3', { id: 'bundle-import' }, t('bundle.importTitle')),
      h('p', {}, t('bundle.importIntro')),
      h('div', { class: 'field' },
        h('label', { for: 'bundle-file' }, t('bundle.file')),
        fileInput,
        h('p', { class: 'hint' }, t('bundle.fileHint'))),
      result));

  let exported = await api('GET', BUNDLE_PATH);
  current.replaceChildren(summaryOf(exported));

  async function download() {
    exported = await api('GET', BUNDLE_PATH);
    current.replaceChildren(summaryOf(exported));
    const blob = new Blob([JSON.stringify(exported, null, 2) + '\n'], { type: 'application/json' });
    const link = h('a', { href: URL.createObjectURL(blob), download: fileName(exported) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    status(t('bundle.downloaded', { file: fileName(exported) }));
  }

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    result.replaceChildren();
    status('');
    if (!file) return;
    let bundle;
    try {
      bundle = JSON.parse(await file.text());
    } catch (e) {
      result.replaceChildren(h('div', { class: 'form-problems', role: 'alert' }, h('p', {}, t('bundle.notJson', { file: file.name, why: e.message }))));
      return;
    }
    result.replaceChildren(h('p', {}, t('bundle.checking')));
    try {
      await api('POST', BUNDLE_PATH + '?dryRun=true', bundle);
    } catch (e) {
      refused(e, file.name, false);
      return;
    }
    const importButton = h('button', { type: 'button', id: 'bundle-apply', onclick: () => apply(bundle, file.name, importButton) }, t('bundle.apply'));
    result.replaceChildren(
      h('div', { class: 'bundle-ok' },
        h('h4', {}, t('bundle.checkedTitle', { file: file.name })),
        summaryOf(bundle),
        h('p', { class: 'warning' }, t('bundle.replaceWarning')),
        h('div', { class: 'buttons' },
          importButton,
          h('button', { type: 'button', class: 'secondary', onclick: () => { fileInput.value = ''; result.replaceChildren(); } }, t('common.cancel')))));
    importButton.focus();
  });

  async function apply(bundle, name, button) {
    button.disabled = true;
    try {
      const done = await api('POST', BUNDLE_PATH, bundle);
      result.replaceChildren(h('p', { class: 'status ok', id: 'bundle-imported' },
        t('bundle.imported', { services: done.services, lanes: done.lanes, counters: done.counters })));
      status(t('bundle.imported', { services: done.services, lanes: done.lanes, counters: done.counters }));
      fileInput.value = '';
      exported = await api('GET', BUNDLE_PATH);
      current.replaceChildren(summaryOf(exported));
    } catch (e) {
      refused(e, name, true);
    }
  }

  function refused(e, name, importing) {
    const errors = (e.body && e.body.errors) || [];
    const title = importing ? t('bundle.importRefused', { file: name }) : t('bundle.checkRefused', { file: name });
    const detail = errors.length ? problemList(errors)
      : h('p', {}, (e.body && e.body.messages && pick(e.body.messages)) || (e.body && e.body.detail) || e.message);
    result.replaceChildren(h('div', { class: 'form-problems', role: 'alert', tabindex: '-1' },
      h('p', {}, title, ' ', t('bundle.nothingChanged')),
      errors.length ? h('p', {}, t('bundle.problemCount', { n: errors.length })) : null,
      detail));
    result.querySelector('.form-problems').focus();
  }
}
