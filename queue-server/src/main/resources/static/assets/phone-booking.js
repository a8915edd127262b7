// The phone page offers booking a visit only where the office turns public booking on
// (queue.appointments.public); see booking.js.
import { $ } from '/kit/dom.js';
import { loadTexts } from '/kit/i18n.js';
import { attachBooking } from './booking.js';

async function start() {
  await loadTexts();
  const load = attachBooking({
    form: $('book-form'),
    service: $('book-service'),
    day: $('book-day'),
    slot: $('book-slot'),
    result: $('book-result'),
    text: 'appointments.bookedPhone',
  });
  const settings = await load();
  $('book').hidden = !settings.publicBooking || settings.services.length === 0;
}

start();
