// Turns a what-if's settings into the scenario POST /api/v1/simulations takes, and runs it in the
// background, telling the share done while it runs.
import { api } from '/kit/api.js';

const OPENS_AT = 9;

const minute = (clockHour) => Math.max(0, Math.min(480, (clockHour - OPENS_AT) * 60));

/**
 * Today's office changed by the settings: demand scaled, counters' hours, extra counters, strategy,
 * visitors pre-checked on the floor.
 */
export function scenarioOf(office, edit, replications) {
  const base = office.scenario;
  const arrivals = base.arrivals.map((a) => ({
    ...a,
    perHour: a.perHour.map((v, i) => Math.round(v * (edit.serviceScale[a.service] ?? 1) * (edit.laneScale[a.lane] ?? 1) * (edit.hourScale[i] ?? 1) * 100) / 100),
  }));
  const counters = base.counters
    .map((c) => {
      const [from, to] = edit.hours[c.id] || [OPENS_AT, OPENS_AT + 8];
      return { ...c, open: minute(to) > minute(from) ? [[minute(from), minute(to)]] : [] };
    })
    .filter((c) => c.open.length > 0);
  const versatile = base.counters.reduce((a, b) => (b.services.length > a.services.length ? b : a));
  for (let i = 1; i <= edit.extra.count; i++) {
    if (minute(edit.extra.to) > minute(edit.extra.from)) {
      counters.push({ id: 'extra-' + i, services: versatile.services, affinityLane: edit.extra.lane || null, open: [[minute(edit.extra.from), minute(edit.extra.to)]] });
    }
  }
  const precheck = edit.precheck && edit.precheck.percent > 0
    ? { share: edit.precheck.percent / 100, serviceTimeFactor: edit.precheck.timePercent / 100 }
    : undefined;
  return { ...base, replications, strategy: edit.strategy, arrivals, counters, precheck };
}

/** Starts a run and polls it until done; resolves with its result, rejects with its problem. */
export async function runInBackground(path, body, tell) {
  const run = await api('POST', path, body);
  for (;;) {
    const p = await api('GET', '/api/v1/simulations/runs/' + run.id);
    tell(p.total ? p.done / p.total : 0);
    if (p.status === 'DONE') return p.result;
    if (p.status === 'FAILED') throw new Error(p.error || 'failed');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
