// Where the called counter is, seen from the display board that shows the call: "3号窗口在您右前方" /
// "Counter 3 is ahead on your right". The board's place and facing and the counter's place come
// from the office's floor plan; the words from the texts (direction.*). The only copy of this rule.
import { LANGUAGES, t } from '/kit/i18n.js';

/** A text in both languages whose parameters differ by language. */
const inBoth = (key, paramsIn) => Object.fromEntries(LANGUAGES.map((l) => [l, t(key, paramsIn(l), l)]));

const FACING = { north: [0, -1], south: [0, 1], east: [1, 0], west: [-1, 0] };

/** Every element of every floor, with its floor's level. */
export function planElements(plan) {
  const floors = Array.isArray(plan?.floors) ? plan.floors : [];
  return floors.flatMap((f) => (Array.isArray(f.elements) ? f.elements : [])
    .map((e) => ({ ...e, level: f.level })));
}

/**
 * The direction from the board of this zone to the counter, as { angle (degrees clockwise from
 * straight ahead, or null), text: { 'zh-CN', en } }; only the counter's zone when the board or the
 * counter has no place on the same floor; null when the plan does not know the counter.
 */
export function direction(plan, zone, counter) {
  const elements = planElements(plan);
  const target = elements.find((e) => e.type === 'counter'
    && (e.id === counter.id || e.number === counter.number));
  if (!target) return null;
  const zoneEl = elements.find((e) => e.type === 'zone' && Array.isArray(e.counters)
    && e.counters.includes(target.id));
  const board = zone && elements.find((e) => e.type === 'display' && e.zone === zone);
  if (!board || !Array.isArray(board.at) || !Array.isArray(target.at) || board.level !== target.level) {
    if (!zoneEl?.name) return null;
    return { angle: null, text: inBoth('direction.inZone', (l) => ({ zone: zoneEl.name[l] ?? '' })) };
  }
  const facing = FACING[board.facing] ?? FACING.south;
  const forward = [-facing[0], -facing[1]]; // a viewer reading the board faces against it
  const right = [-forward[1], forward[0]];
  const d = [target.at[0] - board.at[0], target.at[1] - board.at[1]];
  const across = d[0] * right[0] + d[1] * right[1];
  const ahead = d[0] * forward[0] + d[1] * forward[1];
  const angle = (Math.atan2(across, ahead) * 180) / Math.PI;
  const sector = ((Math.round(angle / 45) % 8) + 8) % 8;
  const where = (l) => t(`direction.sector.${sector}`, {}, l);
  return { angle, text: inBoth('direction.towards', (l) => ({ counter: counter.number, where: where(l) })) };
}
