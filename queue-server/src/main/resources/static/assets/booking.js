// Booking a return visit (issue 15), for the staff dashboard and the visitor's phone page: a
// service that takes bookings, one of its days with free places, a slot; the answer is the booking
// code (the visitor's only proof) with the day, time and check-in window.
import { api } from '/kit/api.js';
import { el } from '/kit/dom.js';
import { t, pick } from '/kit/i18n.js';

function options(select, items, value, label) {
  select.replaceChildren(...items.map((i) => el('option', { value: value(i) }, label(i))));
}

/**
 * Fills the form's three selects (service, day, slot) and books on submit. `result` shows the
 * code or the refusal; `text` is the key of the sentence that follows the code.
 */
export function attachBooking({ form, service, day, slot, result, text }) {
  let key = null;

  async function slots() {
    const all = service.value && day.value
      ? await api('GET', `/api/v1/appointments/slots?service=${encodeURIComponent(service.value)}&date=${day.value}`)
      : [];
    options(slot, all.filter((s) => s.bookable), (s) => s.start, (s) => t('appointments.slotFree', { from: s.startTime, to: s.endTime, n: s.free }));
    key = null;
  }

  async function days() {
    const free = service.value ? await api('GET', `/api/v1/appointments/days?service=${encodeURIComponent(service.value)}`) : [];
    options(day, free, (d) => d.date, (d) => t('appointments.dayFree', { date: d.date, n: d.free }));
    await slots();
  }

  async function book(e) {
    e.preventDefault();
    if (!slot.value) return;
    key ??= crypto.randomUUID();
    try {
      const b = await api('POST', '/api/v1/appointments', { service: service.value, start: slot.value }, { 'Idempotency-Key': key });
      result.className = 'booking-result ok';
      result.replaceChildren(
        el('strong', { class: 'booking-code' }, `${b.code.slice(0, 4)}-${b.code.slice(4)}`),
        ' ',
        t(text, { date: b.date, from: b.startTime, to: b.endTime, open: b.checkInFromTime, close: b.checkInUntilTime }));
      key = null;
      await slots();
    } catch (err) {
      result.className = 'booking-result error';
      result.textContent = err.body?.messages ? pick(err.body.messages) : (err.detail || err.message);
    }
  }

  service.addEventListener('change', days);
  day.addEventListener('change', slots);
  form.addEventListener('submit', book);

  /** Loads the services that take bookings; answers whether the office lets this page book. */
  return async function load() {
    const [settings, all] = await Promise.all([
      api('GET', '/api/v1/appointments/settings'),
      api('GET', '/api/v1/services'),
    ]);
    options(service, all.filter((s) => settings.services.includes(s.code)), (s) => s.code, (s) => `${s.code} · ${pick(s.name)}`);
    await days();
    return settings;
  };
}
