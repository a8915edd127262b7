// Issue on behalf: walk the kiosk's guidance questions (GET /api/v1/guidance) with the visitor, or
// pick the service directly; pick the lane the visitor declares; issue the ticket and print it on
// a kiosk (the nearest to where the assistant stands by default), or show it here with its QR.
// The kiosk answers a print request with its status report (DEVICE_STATUS naming the request).
import { api } from '/kit/api.js';
import { el } from '/kit/dom.js';
import { t, pick, lang } from '/kit/i18n.js';

const HERE = 'here';
const PRINT_TIMEOUT_MS = 20000;

export class IssueFlow {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.guidance = null;
    this.reset();
  }

  async start() {
    this.guidance = await api('GET', '/api/v1/guidance');
    this.reset();
  }

  reset() {
    this.step = 'question';
    this.question = this.guidance?.start ?? null;
    this.history = [];
    this.outcome = null;
    this.service = null;
    this.ticket = null;
    this.print = null;
    this.showQr = false;
    this.error = null;
    this.render();
  }

  /** Where the ticket goes: a kiosk device id, or HERE; the nearest kiosk that can print first. */
  deliverTo() {
    const kiosks = this.printers();
    if (this.delivery && (this.delivery === HERE || kiosks.some((k) => k.device.id === this.delivery))) return this.delivery;
    return kiosks[0]?.device.id ?? HERE;
  }

  printers() {
    return this.ctx.kiosks().filter((k) => k.device);
  }

  /** Renders again only in another language: a snapshot reload must not swap buttons mid-tap. */
  refresh() {
    if (this.renderedIn !== lang()) this.render();
  }

  render() {
    this.renderedIn = lang();
    const parts = {
      question: () => this.renderQuestion(),
      services: () => this.renderServices(),
      outcome: () => this.renderOutcome(),
      lane: () => this.renderLane(),
      issued: () => this.renderIssued(),
    }[this.step]();
    this.root.replaceChildren(...parts);
  }

  head(back) {
    return el('div', { class: 'step-head' },
      back ? el('button', { type: 'button', class: 'btn', id: 'issue-back', onclick: back }, t('assist.back')) : null,
      el('button', { type: 'button', class: 'btn', id: 'issue-restart', onclick: () => this.reset() }, t('assist.startOver')));
  }

  renderQuestion() {
    const q = this.guidance?.questions.find((x) => x.id === this.question);
    if (!q) return [this.head(null), el('p', {}, t('assist.noGuidance'))];
    const back = this.history.length ? () => { this.question = this.history.pop(); this.render(); } : null;
    return [
      this.head(back),
      el('p', { class: 'question', id: 'issue-question', dataset: { question: q.id } }, pick(q.text)),
      q.help ? el('p', { class: 'hint' }, pick(q.help)) : null,
      el('div', { class: 'choices' }, q.answers.map((a, i) => el('button', {
        type: 'button', class: 'btn choice', dataset: { answer: i }, onclick: () => this.answer(a),
      }, pick(a.label)))),
      el('button', { type: 'button', class: 'btn big', id: 'issue-direct', onclick: () => { this.step = 'services'; this.render(); } },
        t('assist.knowService')),
    ];
  }

  answer(a) {
    if (a.next) {
      this.history.push(this.question);
      this.question = a.next;
      this.step = 'question';
    } else if (a.result?.kind === 'SERVICE') {
      this.choose(a.result.service, a.result.message);
      return;
    } else {
      this.outcome = a.result;
      this.step = 'outcome';
    }
    this.render();
  }

  renderServices() {
    return [
      this.head(() => { this.step = 'question'; this.render(); }),
      el('div', { class: 'choices' }, [...this.ctx.state.services.values()].map((s) => el('button', {
        type: 'button', class: 'btn choice', dataset: { service: s.code }, onclick: () => this.choose(s.code, null),
      }, `${s.code} · ${pick(s.name)}`))),
    ];
  }

  renderOutcome() {
    return [
      this.head(() => { this.step = 'question'; this.render(); }),
      el('div', { class: 'card note', id: 'issue-outcome' }, pick(this.outcome?.message)),
    ];
  }

  choose(code, message) {
    this.service = { code, message };
    this.step = 'lane';
    this.error = null;
    this.render();
  }

  renderLane() {
    const s = this.ctx.state.services.get(this.service.code);
    const deliver = this.deliverTo();
    const select = el('select', { id: 'issue-deliver', onchange: (e) => { this.delivery = e.target.value; } },
      this.printers().map((k) => el('option', { value: k.device.id, selected: k.device.id === deliver },
        k.meters != null ? t('assist.kioskAt', { kiosk: pick(k.name), m: Math.round(k.meters) }) : pick(k.name))),
      el('option', { value: HERE, selected: deliver === HERE }, t('assist.showHere')));
    return [
      this.head(() => { this.step = 'question'; this.render(); }),
      el('div', { class: 'card' },
        el('p', { class: 'question', id: 'issue-service', dataset: { service: this.service.code } },
          `${this.service.code} · ${pick(s?.name)}`),
        this.service.message ? el('p', {}, pick(this.service.message)) : null,
        el('p', { class: 'hint' }, t('assist.bring')),
        el('ul', { class: 'documents' }, (s?.documents ?? []).map((d) => el('li', {}, pick(d)))),
        s?.online ? el('p', { class: 'hint' }, t('assist.online', { where: pick(s.online.name) })) : null),
      el('div', { class: 'deliver' },
        el('label', { for: 'issue-deliver' }, t('assist.deliver')),
        select),
      el('p', { class: 'hint' }, t('assist.laneHint')),
      el('div', { class: 'choices' }, [...this.ctx.state.lanes.values()].map((l) => el('button', {
        type: 'button', class: 'btn choice', dataset: { lane: l.code }, onclick: () => this.issue(l.code),
      }, el('span', {}, t('assist.issueOn', { lane: pick(l.name) })), el('small', {}, pick(l.description))))),
      el('p', { class: 'message error', role: 'alert' }, this.error ?? ''),
    ];
  }

  async issue(lane) {
    const to = this.deliverTo();
    try {
      this.ticket = await api('POST', '/api/v1/tickets', { service: this.service.code, lane, language: lang() });
    } catch (e) {
      this.error = e.detail ?? String(e);
      this.render();
      return;
    }
    this.step = 'issued';
    this.showQr = to === HERE;
    this.print = null;
    if (to !== HERE) {
      const kiosk = this.printers().find((k) => k.device.id === to);
      this.print = { device: to, name: pick(kiosk?.name), state: 'sending' };
      try {
        const request = await api('POST', `/api/v1/devices/${to}/print`, { ticket: this.ticket.id });
        Object.assign(this.print, { id: request.id, state: 'printing' });
        const waiting = this.print;
        setTimeout(() => {
          if (waiting.state === 'printing') {
            waiting.state = 'noAnswer';
            this.render();
          }
        }, PRINT_TIMEOUT_MS);
      } catch (e) {
        Object.assign(this.print, { state: 'failed', reason: e.detail ?? String(e) });
      }
    }
    this.render();
  }

  /** A kiosk's status report: the outcome of our print request when it names it. */
  deviceReported(device) {
    const p = this.print;
    if (!p || p.state !== 'printing' || device.id !== p.device || !(device.detail ?? '').includes(p.id)) return;
    const ok = device.printer === 'OK' || device.printer === 'PAPER_LOW';
    const why = device.detail.replace(/^print \S+:\s*/, '');
    Object.assign(p, { state: ok ? 'printed' : 'failed', reason: ok ? '' : `${device.printer} · ${why}` });
    if (!ok) this.showQr = true;
    this.render();
  }

  renderIssued() {
    const tk = this.ticket;
    const p = this.print;
    const line = p ? el('p', {
      class: `print-state ${p.state === 'printed' ? 'done' : p.state === 'printing' || p.state === 'sending' ? '' : 'failed'}`,
      id: 'print-state', dataset: { state: p.state }, role: 'status',
    }, t(`assist.print.${p.state}`, { kiosk: p.name, reason: p.reason ?? '' })) : null;
    return [
      el('div', { class: 'card issued', id: 'issued', dataset: { ticket: tk.number } },
        el('div', { class: 'number' }, tk.number),
        el('p', {}, `${this.ctx.serviceName(tk.service)} · ${this.ctx.laneName(tk.lane)}`),
        el('p', {}, t('assist.waitAt', { zone: this.ctx.placeName(this.ctx.state.services.get(tk.service)?.zone) })),
        line,
        this.showQr ? el('div', {},
          el('img', { class: 'qr', id: 'issued-qr', src: `/api/v1/assist/tickets/${tk.id}/qr.svg`, alt: t('assist.qrAlt', { number: tk.number }) }),
          el('p', { class: 'hint' }, t('assist.photograph'))) : null),
      el('div', { class: 'choices' },
        this.showQr ? null : el('button', { type: 'button', class: 'btn big', id: 'issued-show', onclick: () => { this.showQr = true; this.render(); } }, t('assist.showHere')),
        el('button', { type: 'button', class: 'btn primary big', id: 'issued-next', onclick: () => this.reset() }, t('assist.nextVisitor'))),
    ];
  }
}
