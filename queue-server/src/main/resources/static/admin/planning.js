// Planning (what-if): today's office as a start, up to three scenarios side by side, run on the
// server with a progress bar, charts and tables of the results, who pays for priority, staffing.
import { api } from '/kit/api.js';
import { el as h } from '/kit/dom.js';
import { t, pick, percent } from '/kit/i18n.js';
import { runInBackground, scenarioOf } from './planning-scenario.js';

const STRATEGIES = ['WEIGHTED_AGING', 'FIFO', 'STRICT_PRIORITY'];
const MAX_SCENARIOS = 3;
let charts = [];
let weekday = '';
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function draw(el, option) {
  if (!window.echarts) return;
  const c = window.echarts.init(el, null, { renderer: 'svg' });
  c.setOption({ aria: { enabled: true }, animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
  charts.push(c);
}

function figures(caption, head, rows, id) {
  return h('table', { class: 'list figures', id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))));
}

const min1 = (v) => (v == null ? '–' : (Math.round(v * 10) / 10).toFixed(1));

/** The editable settings of one scenario, starting from today's office. */
function blankEdit(office, name) {
  return {
    name,
    strategy: office.scenario.strategy,
    serviceScale: Object.fromEntries(office.services.map((s) => [s.code, 1])),
    laneScale: Object.fromEntries(office.lanes.map((l) => [l.code, 1])),
    hourScale: Array(8).fill(1),
    hours: Object.fromEntries(office.counters.map((c) => [c.id, [9, 17]])),
    extra: { count: 0, from: 9, to: 11, lane: null },
    precheck: { percent: 0, timePercent: 80 },
  };
}

function presets(office) {
  const more = blankEdit(office, t('planning.preset.more'));
  more.extra = { count: 2, from: 9, to: 11 };
  const fifo = blankEdit(office, t('planning.preset.fifo'));
  fifo.strategy = 'FIFO';
  const migrant = blankEdit(office, t('planning.preset.migrant'));
  migrant.extra = { count: 1, from: 9, to: 17, lane: office.lanes.some((l) => l.code === 'migrant') ? 'migrant' : null };
  return [blankEdit(office, t('planning.preset.today')), more, fifo, migrant];
}

function numberInput(id, label, value, onChange, attrs = {}) {
  const input = h('input', { id, type: 'number', step: '0.1', min: '0', value, ...attrs });
  input.addEventListener('change', () => onChange(Number(input.value)));
  return h('span', { class: 'plan-field' }, h('label', { for: id }, label), input);
}

function editor(office, edit, i, remove) {
  const p = 's' + i + '-';
  const name = h('input', { id: p + 'name', value: edit.name });
  name.addEventListener('change', () => (edit.name = name.value));
  const strategy = h('select', { id: p + 'strategy' }, STRATEGIES.map((s) => h('option', { value: s, selected: s === edit.strategy }, t('planning.strategy.' + s))));
  strategy.addEventListener('change', () => (edit.strategy = strategy.value));
  const affinity = h('select', { id: p + 'extra-lane' }, h('option', { value: '' }, t('planning.noAffinity')),
    office.lanes.map((l) => h('option', { value: l.code, selected: l.code === edit.extra.lane }, pick(l.name))));
  affinity.addEventListener('change', () => (edit.extra.lane = affinity.value || null));
  const hourRow = edit.hourScale.map((v, k) => numberInput(p + 'hour-' + k, (9 + k) + ':00', v, (x) => (edit.hourScale[k] = x), { class: 'narrow' }));
  const serviceRow = office.services.map((s) => numberInput(p + 'svc-' + s.code, s.code + ' ' + pick(s.name), edit.serviceScale[s.code], (x) => (edit.serviceScale[s.code] = x), { class: 'narrow' }));
  const laneRow = office.lanes.map((l) => numberInput(p + 'lane-' + l.code, pick(l.name), edit.laneScale[l.code], (x) => (edit.laneScale[l.code] = x), { class: 'narrow' }));
  const counterRows = office.counters.map((c) => h('tr', {},
    h('th', { scope: 'row' }, c.number + ' ' + pick(c.name)),
    h('td', {}, numberInput(p + c.id + '-from', t('planning.from'), edit.hours[c.id][0], (x) => (edit.hours[c.id][0] = x), { step: '1', min: '9', max: '17', class: 'narrow' })),
    h('td', {}, numberInput(p + c.id + '-to', t('planning.to'), edit.hours[c.id][1], (x) => (edit.hours[c.id][1] = x), { step: '1', min: '9', max: '17', class: 'narrow' }))));
  return h('section', { class: 'plan-scenario', 'aria-labelledby': p + 'title' },
    h('h3', { id: p + 'title' }, t('planning.scenario', { n: i + 1 })),
    h('p', {}, h('label', { for: p + 'name' }, t('planning.name')), ' ', name),
    h('p', {}, h('label', { for: p + 'strategy' }, t('planning.strategy')), ' ', strategy),
    h('fieldset', {}, h('legend', {}, t('planning.extra')),
      numberInput(p + 'extra', t('planning.extraCount'), edit.extra.count, (x) => (edit.extra.count = x), { step: '1', class: 'narrow' }),
      numberInput(p + 'extra-from', t('planning.from'), edit.extra.from, (x) => (edit.extra.from = x), { step: '1', min: '9', max: '17', class: 'narrow' }),
      numberInput(p + 'extra-to', t('planning.to'), edit.extra.to, (x) => (edit.extra.to = x), { step: '1', min: '9', max: '17', class: 'narrow' }),
      h('span', { class: 'plan-field' }, h('label', { for: p + 'extra-lane' }, t('planning.extraLane')), affinity)),
    h('fieldset', {}, h('legend', {}, t('planning.precheck')),
      numberInput(p + 'precheck', t('planning.precheckPercent'), edit.precheck.percent, (x) => (edit.precheck.percent = x), { step: '5', max: '100', class: 'narrow' }),
      numberInput(p + 'precheck-time', t('planning.precheckTime'), edit.precheck.timePercent, (x) => (edit.precheck.timePercent = x), { step: '5', min: '10', max: '200', class: 'narrow' })),
    h('details', {}, h('summary', {}, t('planning.demand')),
      h('p', { class: 'hint' }, t('planning.demandHint')),
      h('fieldset', {}, h('legend', {}, t('planning.byService')), serviceRow),
      h('fieldset', {}, h('legend', {}, t('planning.byLane')), laneRow),
      h('fieldset', {}, h('legend', {}, t('planning.byHour')), hourRow)),
    h('details', {}, h('summary', {}, t('planning.counterHours')),
      h('table', { class: 'list' }, h('caption', {}, t('planning.counterHoursHint')), h('tbody', {}, counterRows))),
    remove ? h('button', { type: 'button', class: 'secondary', onclick: remove }, t('planning.remove')) : null);
}

export async function showPlanning(main) {
  charts.forEach((c) => c.dispose());
  charts = [];
  const office = await api('GET', '/api/v1/simulations/office' + (weekday ? '?weekday=' + weekday : ''));
  const daySelect = h('select', { id: 'plan-weekday' }, h('option', { value: '' }, t('planning.today')), WEEKDAYS.map((d) => h('option', { value: d, selected: d === weekday }, t('planning.weekday.' + d))));
  daySelect.addEventListener('change', () => { weekday = daySelect.value; showPlanning(main); });
  const edits = presets(office).slice(0, 2);
  const lanes = office.lanes;
  const laneName = (code) => pick((lanes.find((l) => l.code === code) || {}).name) || code;
  const replications = h('input', { id: 'plan-replications', type: 'number', min: '2', max: '200', value: 30, class: 'narrow' });
  const scenariosBox = h('div', { class: 'plan-scenarios' });
  const progress = h('div', { id: 'plan-progress', hidden: true }, h('label', { for: 'plan-bar' }, t('planning.running')), ' ', h('progress', { id: 'plan-bar', max: 100, value: 0 }));
  const problem = h('p', { id: 'plan-problem', class: 'status error', role: 'alert' });
  const out = h('div', { id: 'plan-out', 'aria-live': 'polite' });
  const staffingOut = h('div', { id: 'plan-staffing' });
  const addButton = h('button', { type: 'button', class: 'secondary', id: 'plan-add' }, t('planning.add'));
  const presetSelect = h('select', { id: 'plan-preset' }, presets(office).map((p, i) => h('option', { value: i, selected: i === 2 }, p.name)));
  const runButton = h('button', { type: 'button', id: 'plan-run' }, t('planning.run'));
  const staffButton = h('button', { type: 'button', class: 'secondary', id: 'plan-staff' }, t('planning.staffing'));
  const source = office.demandSource === 'HISTORY'
    ? t('planning.fromHistory', { days: office.historyDays, weekday: t('planning.weekday.' + office.weekday) })
    : t('planning.fromDemo');

  function renderEditors() {
    scenariosBox.replaceChildren(...edits.map((e, i) => editor(office, e, i, edits.length > 1 ? () => { edits.splice(i, 1); renderEditors(); } : null)));
    addButton.disabled = presetSelect.disabled = edits.length >= MAX_SCENARIOS;
  }
  addButton.addEventListener('click', () => {
    if (edits.length < MAX_SCENARIOS) edits.push(presets(office)[Number(presetSelect.value)]);
    renderEditors();
  });

  async function withProgress(work) {
    problem.textContent = '';
    const shown = setTimeout(() => (progress.hidden = false), 1000);
    runButton.disabled = staffButton.disabled = true;
    try {
      return await work((share) => (progress.querySelector('progress').value = Math.round(share * 100)));
    } catch (e) {
      problem.textContent = t('planning.failed') + ' ' + (e.body && e.body.field ? e.body.field + ': ' : '') + (e.body && e.body.detail ? e.body.detail : e.message);
      return null;
    } finally {
      clearTimeout(shown);
      progress.hidden = true;
      runButton.disabled = staffButton.disabled = false;
    }
  }

  runButton.addEventListener('click', async () => {
    const reps = Number(replications.value) || 30;
    const bodies = edits.map((e) => scenarioOf(office, e, reps));
    const first = bodies[0];
    const twin = first.strategy === 'FIFO' ? null : { ...first, strategy: 'FIFO' };
    const results = await withProgress((tell) => {
      const parts = [...bodies, ...(twin ? [twin] : [])].map(() => 0);
      return Promise.all([...bodies, ...(twin ? [twin] : [])].map((b, i) =>
        runInBackground('/api/v1/simulations/runs', b, (share) => { parts[i] = share; tell(parts.reduce((a, x) => a + x, 0) / parts.length); })));
    });
    if (results) render(results.slice(0, bodies.length), twin ? results[bodies.length] : results[0]);
  });

  staffButton.addEventListener('click', async () => {
    const body = { scenario: scenarioOf(office, edits[0], Math.min(20, Number(replications.value) || 20)) };
    const plan = await withProgress((tell) => runInBackground('/api/v1/simulations/staffing/runs', body, tell));
    if (plan) renderStaffing(plan);
  });

  function render(results, fifo) {
    charts.forEach((c) => c.dispose());
    charts = [];
    const laneCodes = Object.keys(results[0].lanes);
    const names = edits.map((e) => e.name);
    const waitCharts = results.map((r, i) => h('section', {}, h('h3', {}, t('planning.waitsOf', { name: names[i] })), h('div', { class: 'chart tall', role: 'img', 'aria-label': t('planning.waitsOf', { name: names[i] }) })));
    const utilChart = h('div', { class: 'chart tall', role: 'img', 'aria-label': t('planning.utilisation') });
    const zoneChart = h('div', { class: 'chart tall', role: 'img', 'aria-label': t('planning.zones') });
    const pays = laneCodes.map((l) => {
      const mine = results[0].lanes[l].meanWaitMinutes;
      const base = fifo.lanes[l].meanWaitMinutes;
      const d = mine == null || base == null ? null : mine - base;
      return [laneName(l), min1(base), min1(mine), d == null ? '–' : (d > 0 ? '+' : '') + min1(d), d == null ? '' : d > 0 ? t('planning.pays') : t('planning.gains')];
    });
    out.replaceChildren(
      figures(t('planning.lanes'), [t('planning.lane'), ...names.flatMap((n) => [n + ' · ' + t('planning.p50'), n + ' · ' + t('planning.p90')]), t('planning.target')],
        laneCodes.map((l) => [laneName(l), ...results.flatMap((r) => [min1(r.lanes[l].p50WaitMinutes), min1(r.lanes[l].p90WaitMinutes)]), min1(results[0].lanes[l].targetMinutes)]), 'plan-lanes'),
      h('div', { class: 'grid' }, ...waitCharts,
        h('section', {}, h('h3', {}, t('planning.utilisation')), utilChart),
        h('section', {}, h('h3', {}, t('planning.zones')), zoneChart)),
      figures(t('planning.whoPays', { name: names[0] }), [t('planning.lane'), t('planning.fifoMean'), t('planning.mean'), t('planning.difference'), ''], pays, 'plan-pays'),
      figures(t('planning.utilisation'), [t('planning.counter'), ...names],
        Object.keys(results[0].counters).map((c) => [c, ...results.map((r) => percent(r.counters[c] ? r.counters[c].utilisation : null))])),
    );
    const hours = results[0].byHour.map((x) => x.hour + 9 + ':00');
    results.forEach((r, i) => draw(waitCharts[i].querySelector('.chart'), {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, itemWidth: 18, textStyle: { fontSize: 11 } },
      grid: { bottom: 110, top: 30 },
      xAxis: { type: 'category', data: hours },
      yAxis: { type: 'value', name: t('unit.min') },
      series: laneCodes.flatMap((l) => [
        { name: laneName(l) + ' p90', type: 'line', data: r.byHour.map((x) => (x.lanes[l] ? x.lanes[l].p90WaitMinutes : null)) },
        { name: laneName(l) + ' p50', type: 'line', lineStyle: { type: 'dashed' }, data: r.byHour.map((x) => (x.lanes[l] ? x.lanes[l].p50WaitMinutes : null)) },
      ]),
    }));
    const counters = Object.keys(results[0].counters);
    draw(utilChart, {
      tooltip: { trigger: 'axis' },
      legend: {},
      xAxis: { type: 'category', data: counters.map((c) => c.replace('counter-', '')) },
      yAxis: { type: 'value', max: 100, name: '%' },
      series: results.map((r, i) => ({ name: names[i], type: 'bar', data: counters.map((c) => (r.counters[c] ? Math.round(r.counters[c].utilisation * 100) : 0)) })),
    });
    draw(zoneChart, {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, itemWidth: 18, textStyle: { fontSize: 11 } },
      grid: { bottom: 70, top: 30 },
      xAxis: { type: 'category', data: hours },
      yAxis: { type: 'value', name: t('planning.people') },
      series: office.zones.flatMap((z) => results.map((r, i) => ({
        name: pick(z.name) + ' · ' + names[i], type: 'bar',
        data: r.byHour.map((x) => (x.zones[z.id] ? Math.round(x.zones[z.id].waitingMax * 10) / 10 : 0)),
        markLine: i === 0 ? { symbol: 'none', label: { formatter: t('planning.seats', { n: z.seats }) }, data: [{ yAxis: z.seats }] } : undefined,
      }))),
    });
  }

  function renderStaffing(plan) {
    const laneCodes = lanes.map((l) => l.code).filter((c) => c in plan.targets);
    const chartEl = h('div', { class: 'chart wide', role: 'img', 'aria-label': t('planning.staffingTitle') });
    staffingOut.replaceChildren(
      h('h3', {}, t('planning.staffingTitle')),
      h('p', { id: 'plan-staffing-verdict' }, plan.met ? t('planning.met') : t('planning.notMet'), ' ', plan.erlangCMet ? t('planning.erlangMet') : t('planning.erlangMissed', { hours: plan.erlangCMisses.map((x) => x + 9 + ':00').join(', ') })),
      chartEl,
      figures(t('planning.staffingTitle'), [t('planning.hour'), t('planning.arrivals'), t('planning.erlangC'), t('planning.simulated'), ...laneCodes.map((l) => laneName(l) + ' p90 (≤ ' + min1(plan.targets[l]) + ')')],
        plan.hours.map((x) => [x.clock, min1(x.arrivals), x.erlangC, x.simulated, ...laneCodes.map((l) => min1(x.p90WaitMinutes[l]))]), 'plan-staffing-table'));
    draw(chartEl, {
      tooltip: { trigger: 'axis' },
      legend: {},
      xAxis: { type: 'category', data: plan.hours.map((x) => x.clock) },
      yAxis: { type: 'value', name: t('planning.counters') },
      series: [
        { name: t('planning.erlangC'), type: 'bar', data: plan.hours.map((x) => x.erlangC) },
        { name: t('planning.simulated'), type: 'bar', data: plan.hours.map((x) => x.simulated) },
      ],
    });
  }

  renderEditors();
  main.replaceChildren(
    h('h2', {}, t('planning.title')),
    h('p', { class: 'intro' }, t('planning.intro')),
    h('p', { class: 'toolbar' }, h('label', { for: 'plan-weekday' }, t('planning.demandOf')), daySelect, h('span', { class: 'hint', id: 'plan-source' }, source)),
    scenariosBox,
    h('div', { class: 'toolbar' }, h('label', { for: 'plan-preset' }, t('planning.startFrom')), presetSelect, addButton, h('label', { for: 'plan-replications' }, t('planning.replications')), replications, runButton, staffButton,
      h('a', { class: 'button secondary', href: '/admin/playbook.html', target: '_blank', id: 'plan-playbook' }, t('planning.playbook'))),
    progress, problem, out, staffingOut);
}
