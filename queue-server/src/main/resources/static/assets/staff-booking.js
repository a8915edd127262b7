// Staff book a return visit for the visitor at the counter (issue 15): a service that takes
// bookings, one of its days with free places, a slot; the answer is the booking code to give the
// visitor (their only proof) with the day, time and check-in window.
import { api } from '/kit/api.js';
import { el, $ } from '/kit/dom.js';
import { loadTexts, t, pick } from '/kit/i18n.js';

let key = null;

function options(select, items, value, label) {
  select.replaceChildren(...items.map((i) => el('option', { value: value(i) }, label(i))));
}

async function services() {
  const [settings, all] = await Promise.all([
    api('GET', '/api/v1/appointments/settings'),
    api('GET', '/api/v1/services'),
  ]);
  const bookable = all.filter((s) => settings.services.includes(s.code));
  options($('booking-service'), bookable, (s) => s.code, (s) => `${s.code} · ${pick(s.name)}`);
  await days();
}

async function days() {
  const service = $('booking-service').value;
  const free = service ? await api('GET', `/api/v1/appointments/days?service=${encodeURIComponent(service)}`) : [];
  options($('booking-day'), free, (d) => d.date, (d) => t('appointments.dayFree', { date: d.date, n: d.free }));
  await slots();
}

async function slots() {
  const service = $('booking-service').value;
  const day = $('booking-day').value;
  const all = service && day
    ? await api('GET', `/api/v1/appointments/slots?service=${encodeURIComponent(service)}&date=${day}`)
    : [];
  const bookable = all.filter((s) => s.bookable);
  options($('booking-slot'), bookable, (s) => s.start, (s) => t('appointments.slotFree', { from: s.startTime, to: s.endTime, n: s.free }));
  key = null;
}

async function book(e) {
  e.preventDefault();
  const start = $('booking-slot').value;
  if (!start) return;
  key ??= crypto.randomUUID();
  const result = $('booking-result');
  try {
    const b = await api('POST', '/api/v1/appointments', { service: $('booking-service').value, start }, { 'Idempotency-Key': key });
    result.className = 'booking-result ok';
    result.replaceChildren(
      el('strong', { class: 'booking-code' }, `${b.code.slice(0, 4)}-${b.code.slice(4)}`),
      ' ',
      t('appointments.booked', { date: b.date, from: b.startTime, to: b.endTime, open: b.checkInFromTime, close: b.checkInUntilTime }));
    key = null;
    await slots();
  } catch (err) {
    result.className = 'booking-result error';
    result.textContent = err.body?.messages ? pick(err.body.messages) : (err.detail || err.message);
  }
}

async function start() {
  await loadTexts();
  $('booking').addEventListener('toggle', () => { if ($('booking').open) services(); });
  $('booking-service').addEventListener('change', days);
  $('booking-day').addEventListener('change', slots);
  $('booking-form').addEventListener('submit', book);
}

start();
