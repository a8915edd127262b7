// The side column's tabs (properties, checks, route): one card at a time, so that a tired eye
// finds what it looks for; arrow keys move between the tabs as in any tab list.
import { el as h } from '/kit/dom.js';

/** tabs: [{name, label: () => text, element}]; the first one shows first. */
export function createTabs(tabs, ariaLabel) {
  let current = tabs[0].name;
  const buttons = tabs.map((tab) => {
    const b = h('button', { type: 'button', role: 'tab', id: 'fp-tab-' + tab.name, 'aria-controls': 'fp-tabpanel-' + tab.name, class: 'fp-tab' });
    b.addEventListener('click', () => show(tab.name));
    b.addEventListener('keydown', (e) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (!step) return;
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      show(next.name);
      document.getElementById('fp-tab-' + next.name).focus();
    });
    return b;
  });
  const panels = tabs.map((tab) => h('div', { role: 'tabpanel', id: 'fp-tabpanel-' + tab.name, 'aria-labelledby': 'fp-tab-' + tab.name }, tab.element));
  const element = h('div', { class: 'fp-tabs' }, h('div', { role: 'tablist', 'aria-label': ariaLabel, class: 'fp-tablist' }, buttons), panels);

  function show(name) {
    current = name;
    tabs.forEach((tab, i) => {
      const on = tab.name === name;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      panels[i].hidden = !on;
    });
  }

  function relabel() {
    tabs.forEach((tab, i) => { buttons[i].textContent = tab.label(); });
  }

  show(current);
  relabel();
  return { element, show, relabel, current: () => current };
}
