// The playbook report: the office's plan on one printable page, in zh-CN or en.
import { api } from '/kit/api.js';
import { el as h } from '/kit/dom.js';
import { loadTexts, loadOffice, t, pick, lang, setLang, translatePage, percent } from '/kit/i18n.js';

const one = (v) => (v == null ? '–' : (Math.round(v * 10) / 10).toFixed(1));
const num = (v) => h('td', { class: 'num' }, v);

function table(head, rows, id) {
  return h('table', { id },
    h('thead', {}, h('tr', {}, head.map((x, i) => h('th', { scope: 'col', class: i ? 'num' : null }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r[0]), r.slice(1).map((c) => (c instanceof Node ? h('td', {}, c) : num(c)))))));
}

function section(id, title, ...content) {
  return h('section', { id: 'pb-' + id, 'aria-labelledby': 'pb-' + id + '-title' }, h('h2', { id: 'pb-' + id + '-title' }, title), ...content);
}

function render(r) {
  const laneName = (code) => pick((r.lanes.find((l) => l.code === code) || {}).name) || code;
  const most = Math.max(1, ...r.demandByHour.map((x) => x.arrivals));
  const services = Object.keys(r.demandByHour[0] ? r.demandByHour[0].byService : {});
  const laneCodes = Object.keys(r.waitsByLane);
  const staffingLanes = r.lanes.map((l) => l.code).filter((c) => c in r.staffing.targets);
  return [
    h('h1', {}, t('playbook.title')),
    h('p', { class: 'meta' }, r.office ? pick(r.office) : ''),
    h('p', { class: 'meta' }, t('playbook.generated', { day: r.generatedOn }), ' · ',
      r.demandSource === 'HISTORY' ? t('playbook.fromHistory', { days: r.historyDays }) : t('playbook.fromDemo')),
    section('demand', t('playbook.demand'),
      table([t('planning.hour'), t('planning.arrivals'), ...services],
        r.demandByHour.map((x) => [x.clock, h('span', {}, h('span', { class: 'bar', style: 'width:' + Math.round((x.arrivals / most) * 8) + 'rem' }), one(x.arrivals)), ...services.map((s) => one(x.byService[s]))]), 'pb-demand-table')),
    section('staffing', t('playbook.staffing'),
      h('p', {}, r.staffing.met ? t('planning.met') : t('planning.notMet'), ' ', r.staffing.erlangCMet ? t('planning.erlangMet') : t('playbook.erlangMissed')),
      table([t('planning.hour'), t('planning.simulated'), t('planning.erlangC'), ...staffingLanes.map((l) => laneName(l) + ' p90 (≤ ' + one(r.staffing.targets[l]) + ')')],
        r.staffing.hours.map((x) => [x.clock, x.simulated, x.erlangC, ...staffingLanes.map((l) => one(x.p90WaitMinutes[l]))]))),
    section('waits', t('playbook.waits'),
      table([t('planning.lane'), t('playbook.meanAll'), t('playbook.p90All'), t('playbook.meanStaffed'), t('playbook.p90Staffed'), t('planning.target'), t('playbook.within')],
        laneCodes.map((l) => {
          const a = r.waitsByLane[l];
          const s = r.staffedWaitsByLane[l] || {};
          return [laneName(l), one(a.meanWaitMinutes), one(a.p90WaitMinutes), one(s.meanWaitMinutes), one(s.p90WaitMinutes), one(a.targetMinutes), percent(s.withinTargetShare)];
        }))),
    section('seats', t('playbook.seats'),
      r.zones.length
        ? table([t('playbook.zone'), t('playbook.seatsPlan'), t('playbook.neededAll'), t('playbook.neededStaffed'), ''],
          r.zones.map((z) => [pick(z.name), z.seats, one(z.neededAllOpen), one(z.neededStaffed),
            h('span', { class: z.neededStaffed > z.seats ? 'bad' : 'good' }, z.neededStaffed > z.seats ? t('playbook.tooFew') : t('playbook.enough'))]))
        : h('p', {}, t('playbook.noPlan'))),
    section('walks', t('playbook.walks'),
      r.walks.length
        ? table([t('planning.counter'), t('playbook.walking'), t('playbook.stepFree')],
          r.walks.map((w) => [pick(w.name), one(w.walkingMeters), w.stepFreeMeters == null ? h('span', { class: 'bad' }, t('playbook.noRoute')) : one(w.stepFreeMeters)]))
        : h('p', {}, t('playbook.noPlan'))),
    section('access', t('playbook.access'),
      r.findings.length ? h('ul', { class: 'findings' }, r.findings.map((f) => h('li', { class: 'bad' }, pick(f.text)))) : h('p', { class: 'good' }, t('playbook.noFindings'))),
    section('special', t('playbook.special'),
      table([t('playbook.specialService'), t('playbook.lane'), t('playbook.counters')],
        r.specialServices.map((s) => [t('playbook.kind.' + s.kind),
          h('span', { class: s.lane ? 'good' : 'bad' }, s.lane ? t('playbook.yes') : t('playbook.no')),
          h('span', { class: s.counters.length ? 'good' : 'bad' }, s.counters.length ? s.counters.join(', ') : t('playbook.none'))]))),
    section('guidance', t('playbook.guidance'),
      h('p', { class: r.guidance.present && !r.guidance.servicesWithoutPath.length ? 'good' : 'bad' },
        !r.guidance.present ? t('playbook.noGuidance')
          : r.guidance.servicesWithoutPath.length ? t('playbook.unreached', { services: r.guidance.servicesWithoutPath.join(', ') }) : t('playbook.allReached'))),
  ];
}

async function start() {
  await Promise.all([loadTexts(), loadOffice()]);
  setLang(lang());
  const main = document.getElementById('report');
  const language = document.getElementById('language');
  let report = null;
  const show = () => {
    translatePage();
    document.title = t('playbook.title');
    language.textContent = t('app.language');
    language.setAttribute('aria-label', t('app.languageLabel'));
    if (report) main.replaceChildren(...render(report));
  };
  language.addEventListener('click', () => { setLang(lang() === 'zh-CN' ? 'en' : 'zh-CN'); show(); });
  document.getElementById('print').addEventListener('click', () => window.print());
  show();
  try {
    report = await api('GET', '/api/v1/playbook');
    show();
  } catch (e) {
    main.replaceChildren(h('p', { role: 'alert' }, t('app.loadFailed') + e.message));
  }
  main.setAttribute('aria-busy', 'false');
  main.dataset.ready = 'true';
}

start();
