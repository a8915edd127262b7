// The manager console: who is signed in, the sections, the language, and device alerts.
import { api, configure } from '/kit/api.js';
import { el as h } from '/kit/dom.js';
import { loadTexts, loadOffice, t, lang, setLang, startLanguage, otherLang } from '/kit/i18n.js';
import { showCatalog } from './catalog.js';
import { showStaff } from './people.js';
import { showDevices, alertText } from './devices.js';
import { showAudit } from './audit.js';
import { showStats } from './stats.js';
import { showGuidance } from './guidance.js';
import { showFloorplan } from './floorplan.js';
import { showBundle } from './bundle.js';
import { showPlanning } from './planning.js';
import { showRatings, overdueBanner } from './ratings.js';
import { showPension } from './pension.js';
import { showAppointments } from './appointments.js';

const main = document.getElementById('main');
let me = null;

const sections = {
  services: () => showCatalog(main, 'services'),
  lanes: () => showCatalog(main, 'lanes'),
  counters: () => showCatalog(main, 'counters'),
  staff: () => showStaff(main),
  devices: () => showDevices(main),
  guidance: () => showGuidance(main),
  floorplan: () => showFloorplan(main),
  bundle: () => showBundle(main),
  audit: () => showAudit(main),
  stats: () => showStats(main),
  planning: () => showPlanning(main),
  ratings: () => showRatings(main),
  pension: () => showPension(main),
  appointments: () => showAppointments(main),
};

async function route() {
  let name = location.hash.replace('#', '') || 'services';
  if (!sections[name] || (name === 'staff' && me.role !== 'ADMIN')) name = 'services';
  document.querySelectorAll('nav a').forEach((a) => {
    if (a.getAttribute('href') === '#' + name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  document.title = t('nav.' + name) + ' · ' + t('app.title');
  main.dataset.section = name;
  main.replaceChildren(h('p', {}, t('app.loading')));
  try {
    await sections[name]();
  } catch (e) {
    main.replaceChildren(h('p', { class: 'status error', role: 'alert' }, t('app.loadFailed') + (e.body && e.body.detail ? e.body.detail : e.message)));
  }
  main.dataset.ready = name;
}

async function alerts() {
  try {
    const devices = await api('GET', '/api/v1/admin/devices');
    const open = devices.filter((d) => d.alert);
    const followUps = await overdueBanner().catch(() => null);
    document.getElementById('alerts').replaceChildren(
      ...open.map((d) => h('p', { class: 'alert-banner' }, alertText({ status: d.printer, device: d.name }), ' ', h('a', { href: '#devices' }, t('nav.devices')))),
      ...(followUps ? [followUps] : []),
    );
  } catch (e) {
    // the next poll tries again
  }
}

async function start() {
  configure({ onUnauthorized: () => { location.href = '/admin/'; } });
  await Promise.all([loadTexts(), loadOffice()]);
  setLang(startLanguage());
  me = await api('GET', '/api/v1/admin/me');
  if (me.csrf) {
    configure({ csrf: me.csrf });
    document.getElementById('signout-csrf').value = me.csrf.token;
  }
  document.getElementById('username').textContent = me.username;
  document.querySelectorAll('.admin-only').forEach((el) => (el.hidden = me.role !== 'ADMIN'));
  const language = document.getElementById('language');
  const label = () => {
    language.setAttribute('aria-label', t('app.languageLabel'));
    language.setAttribute('lang', lang() === 'zh-CN' ? 'en' : 'zh-CN');
  };
  label();
  language.addEventListener('click', () => {
    setLang(otherLang(), { save: true });
    label();
    route();
    alerts();
  });
  window.addEventListener('hashchange', route);
  await route();
  alerts();
  setInterval(alerts, 20000);
}

start();
