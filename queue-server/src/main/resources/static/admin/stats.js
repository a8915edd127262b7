// Statistics: a day or a week, charts (ECharts WebJar) each with a table of the same figures.
import { api } from '/kit/api.js';
import { el as h } from '/kit/dom.js';
import { t, pick, duration, percent, when, lang, officeDate, counterLabel } from '/kit/i18n.js';
import { learningCounts } from './learning-stats.js';

let charts = [];

function chart(el, option) {
  if (!window.echarts) return;
  const c = window.echarts.init(el, null, { renderer: 'svg' });
  // The legend scrolls on one line above the plot, and the plot starts below it (and below an
  // axis name), so a legend never lies over bars, axis names or another legend entry.
  const legend = option.legend ? { type: 'scroll', top: 0, left: 'center', ...option.legend } : undefined;
  const grid = { top: option.legend ? 56 : 36, left: 8, right: 16, bottom: 8, containLabel: true };
  c.setOption({ aria: { enabled: true }, animation: false, textStyle: { fontFamily: 'inherit' }, grid, ...option, legend });
  charts.push(c);
}

function card(label, value, id) {
  return h('div', { class: 'card', 'data-metric': id }, h('div', { class: 'card-value' }, value), h('div', { class: 'card-label' }, label));
}

function table(caption, headers, rows) {
  return h('table', { class: 'list figures' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))));
}

const minutes = (s) => (s == null ? null : Math.round((s / 60) * 10) / 10);

// The waits tickets showed at issue against the waits that followed, in total and per day.
function accuracy(a) {
  const row = (label, f) => [label, f.measured, f.meanAbsoluteErrorMinutes == null ? '' : f.meanAbsoluteErrorMinutes.toFixed(1), percent(f.withinRangeShare), percent(f.underPredictedShare)];
  return h('section', { class: 'accuracy' },
    h('h3', {}, t('stats.accuracy')),
    h('p', {}, t('stats.accuracyIntro')),
    table(t('stats.accuracy'),
      [t('stats.day'), t('stats.measured'), t('stats.mae'), t('stats.withinRange'), t('stats.underPredicted')],
      [...a.byDay.map((d) => row(d.day, d)), row(t('stats.all'), a)]));
}

export async function showStats(main) {
  charts.forEach((c) => c.dispose());
  charts = [];
  const today = officeDate();
  const dayInput = h('input', { type: 'date', id: 'stats-day', value: today });
  const spanSelect = h('select', { id: 'stats-span' },
    h('option', { value: 'day' }, t('stats.span.day')),
    h('option', { value: 'week' }, t('stats.span.week')));
  const csv = h('a', { class: 'button secondary', id: 'stats-csv', href: '#' }, t('stats.csv'));
  const out = h('div', { id: 'stats-out', 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar stats-controls' },
    h('label', { for: 'stats-day' }, t('stats.day')), dayInput,
    h('label', { for: 'stats-span' }, t('stats.span')), spanSelect,
    h('button', { type: 'submit' }, t('stats.show')), csv);
  main.replaceChildren(h('h2', {}, t('stats.title')), h('p', { class: 'intro' }, t('stats.intro')), form, out);
  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  async function load() {
    const q = '?day=' + encodeURIComponent(dayInput.value) + '&span=' + spanSelect.value;
    csv.href = '/api/v1/admin/stats/csv' + q;
    csv.setAttribute('download', '');
    out.replaceChildren(h('p', {}, t('app.loading')));
    const [r, trend] = await Promise.all([api('GET', '/api/v1/admin/stats' + q), api('GET', '/api/v1/admin/stats/trend?days=30&to=' + encodeURIComponent(dayInput.value))]);
    render(r, trend);
    out.append(learningCounts(r.from, r.to));
  }
  function render(r, trend) {
    charts.forEach((c) => c.dispose());
    charts = [];
    const tot = r.totals;
    const hourChart = h('div', { class: 'chart', role: 'img', 'aria-label': t('stats.byHour') });
    const laneChart = h('div', { class: 'chart', role: 'img', 'aria-label': t('stats.byLane') });
    const serviceChart = h('div', { class: 'chart', role: 'img', 'aria-label': t('stats.byService') });
    const counterChart = h('div', { class: 'chart', role: 'img', 'aria-label': t('stats.counters') });
    const trendChart = h('div', { class: 'chart wide', role: 'img', 'aria-label': t('stats.trend') });
    const hours = r.byHour.filter((x) => x.issued || x.called || (x.hour >= 8 && x.hour <= 17));
    out.replaceChildren(
      h('p', { class: 'window' }, t('stats.window', { from: r.from, to: r.to }), r.live ? ' · ' + t('stats.live') : ''),
      h('div', { class: 'cards' },
        card(t('stats.issued'), tot.issued, 'issued'),
        card(t('stats.served'), tot.served, 'served'),
        card(t('stats.waiting'), tot.waiting, 'waiting'),
        card(t('stats.noShows'), tot.noShows, 'noShows'),
        card(t('stats.transferred'), tot.transferred, 'transferred'),
        card(t('stats.waitMedian'), duration(tot.wait.median), 'waitMedian'),
        card(t('stats.waitP90'), duration(tot.wait.p90), 'waitP90'),
        card(t('stats.withinTarget'), percent(tot.withinTargetShare), 'withinTarget'),
        card(t('stats.serviceMedian'), duration(tot.serviceTime.median), 'serviceMedian')),
      h('div', { class: 'grid' },
        h('section', {}, h('h3', {}, t('stats.byHour')), hourChart),
        h('section', {}, h('h3', {}, t('stats.byLane')), laneChart),
        h('section', {}, h('h3', {}, t('stats.byService')), serviceChart),
        h('section', {}, h('h3', {}, t('stats.counters')), counterChart)),
      table(t('stats.byService'),
        [t('stats.service'), t('stats.issued'), t('stats.served'), t('stats.noShows'), t('stats.transferred'), t('stats.waitMedian'), t('stats.waitP90'), t('stats.waitMax'), t('stats.serviceMedian'), t('stats.withinTarget')],
        r.byService.map((s) => [s.code + ' ' + pick(s.name), s.issued, s.served, s.noShows, s.transferred, duration(s.wait.median), duration(s.wait.p90), duration(s.wait.max), duration(s.serviceTime.median), percent(s.withinTargetShare)])),
      table(t('stats.byLane'),
        [t('stats.lane'), t('stats.issued'), t('stats.served'), t('stats.target'), t('stats.waitMedian'), t('stats.waitP90'), t('stats.waitMax'), t('stats.withinTarget')],
        r.byLane.map((l) => [pick(l.name), l.issued, l.served, duration(l.targetSeconds), duration(l.wait.median), duration(l.wait.p90), duration(l.wait.max), percent(l.withinTargetShare)])),
      table(t('stats.counters'),
        [t('stats.counter'), t('stats.served'), t('stats.busy'), t('stats.staffed'), t('stats.utilisation')],
        r.counters.map((c) => [counterLabel(c), c.served, duration(c.busySeconds), duration(c.staffedSeconds), percent(c.utilisation)])),
      h('section', { class: 'fairness' },
        h('h3', {}, t('stats.fairness')),
        h('p', {}, t('stats.fairnessSummary', { calls: r.fairness.calls, out: r.fairness.outOfOrder })),
        table(t('stats.rule'), [t('stats.rule'), t('stats.called'), t('stats.ahead')],
          Object.entries(r.fairness.byRule).map(([rule, c]) => [t('rule.' + rule), c.calls, c.outOfOrder])),
        r.fairness.examples.length
          ? table(t('stats.fairness'), [t('stats.at'), t('stats.ticket'), t('stats.lane'), t('stats.counter'), t('stats.rule'), t('stats.waited'), t('stats.ahead')],
            r.fairness.examples.map((x) => [when(x.at), x.ticket, x.lane, counterLabel(r.counters.find((c) => c.id === x.counter)) || x.counter, t('rule.' + x.rule), duration(x.waitedSeconds), x.aheadOfEarlier]))
          : null),
      accuracy(r.estimateAccuracy),
      h('section', {}, h('h3', {}, t('stats.trend')), trendChart),
    );
    const minuteAxis = { type: 'value', name: t('unit.min') };
    chart(hourChart, {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('stats.issued'), t('stats.called')] },
      xAxis: { type: 'category', data: hours.map((x) => x.hour + ':00') },
      yAxis: { type: 'value' },
      series: [
        { name: t('stats.issued'), type: 'bar', data: hours.map((x) => x.issued) },
        { name: t('stats.called'), type: 'bar', data: hours.map((x) => x.called) },
      ],
    });
    const waitSeries = (rows) => [
      { name: t('stats.waitMedian'), type: 'bar', data: rows.map((x) => minutes(x.wait.median)) },
      { name: t('stats.waitP90'), type: 'bar', data: rows.map((x) => minutes(x.wait.p90)) },
      { name: t('stats.waitMax'), type: 'bar', data: rows.map((x) => minutes(x.wait.max)) },
    ];
    chart(laneChart, {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('stats.waitMedian'), t('stats.waitP90'), t('stats.waitMax'), t('stats.target')] },
      xAxis: { type: 'category', data: r.byLane.map((l) => pick(l.name).slice(0, 8)) },
      yAxis: minuteAxis,
      series: [...waitSeries(r.byLane), { name: t('stats.target'), type: 'scatter', symbol: 'diamond', symbolSize: 12, data: r.byLane.map((l) => minutes(l.targetSeconds)) }],
    });
    chart(serviceChart, {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('stats.waitMedian'), t('stats.waitP90'), t('stats.waitMax')] },
      xAxis: { type: 'category', data: r.byService.map((s) => s.code) },
      yAxis: minuteAxis,
      series: waitSeries(r.byService),
    });
    chart(counterChart, {
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: r.counters.map((c) => String(c.number)) },
      yAxis: { type: 'value', max: 100, name: '%' },
      series: [{ name: t('stats.utilisation'), type: 'bar', data: r.counters.map((c) => (c.utilisation == null ? 0 : Math.round(c.utilisation * 100))) }],
    });
    chart(trendChart, {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('stats.issued'), t('stats.waitMedian')] },
      xAxis: { type: 'category', data: trend.map((d) => d.day.slice(5)) },
      yAxis: [{ type: 'value' }, { ...minuteAxis, position: 'right' }],
      series: [
        { name: t('stats.issued'), type: 'bar', data: trend.map((d) => d.issued) },
        { name: t('stats.waitMedian'), type: 'line', yAxisIndex: 1, data: trend.map((d) => minutes(d.waitMedian)) },
      ],
    });
  }
  await load();
}
