// The palette of things to add (press one, then click on the plan) and the legend of symbols.
import { el as h } from '/kit/dom.js';
import { t } from '/kit/i18n.js';
import { KINDS } from './floorplan-model.js';
import { icon } from './floorplan-symbols.js';

export function createPalette(editor) {
  const element = h('fieldset', { class: 'fp-palette' });
  function render() {
    const floors = editor.state.plan.floors.length;
    element.replaceChildren(
      h('legend', {}, t('floorplan.palette')),
      ...KINDS.map(({ kind, list }) => {
        const needsFloors = list === 'connectors' && floors < 2;
        return h('button', {
          type: 'button',
          class: 'fp-tool',
          'data-kind': kind,
          'aria-pressed': String(editor.state.armed === kind),
          disabled: needsFloors,
          title: needsFloors ? t('floorplan.needsTwoFloors') : null,
          onclick: () => editor.arm(editor.state.armed === kind ? null : kind),
        }, icon(kind), h('span', {}, t('floorplan.kind.' + kind)));
      }),
      floors < 2 ? h('p', { class: 'hint' }, t('floorplan.needsTwoFloors')) : null,
    );
  }
  return { element, render };
}

const LEGEND = ['counter', 'kiosk', 'display', 'entrance', 'zone', 'wall', 'desk', 'seats', 'pillar', 'plant', 'furniture', 'steps', 'ramp', 'lift', 'stairs', 'route', 'problem', 'unbound'];

export function legend() {
  return h('section', { class: 'fp-legend', 'aria-labelledby': 'fp-legend-title' },
    h('h3', { id: 'fp-legend-title', class: 'visually-hidden' }, t('floorplan.legend')),
    h('ul', {}, LEGEND.map((kind) => h('li', {}, icon(kind), h('span', {}, t('floorplan.legend.' + kind))))));
}
