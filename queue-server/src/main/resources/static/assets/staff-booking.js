// The staff dashboard's "book a return visit for the visitor" panel (see booking.js).
import { $ } from '/kit/dom.js';
import { loadTexts } from '/kit/i18n.js';
import { attachBooking } from './booking.js';

async function start() {
  await loadTexts();
  const load = attachBooking({
    form: $('booking-form'),
    service: $('booking-service'),
    day: $('booking-day'),
    slot: $('booking-slot'),
    result: $('booking-result'),
    text: 'appointments.booked',
  });
  $('booking').addEventListener('toggle', () => { if ($('booking').open) load(); });
}

start();
