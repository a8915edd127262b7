// The board's voice. Each language is spoken by the browser where it has a voice for it, else by
// the server: espeak-ng renders the announcement offline (/api/v1/speech/audio) and the board plays
// it through its AudioContext, keeping the last few decoded. Where neither can speak a language,
// or the browser will not play sound until someone clicks, the board is "voice off": it shows a
// small mark and reports it (/api/v1/devices/me/voice) so that a manager sees it in the devices list.
import { api } from '/kit/api.js';

const LANGUAGES = ['zh-CN', 'en'];
const KEEP = 24; // decoded announcements kept: the calls still queued and the recent ones
const RETRY_MS = 60000;

/** The browser's voice for a language, or null (Debian's Chromium has none; Windows has some). */
export function browserVoice(lang) {
  if (!('speechSynthesis' in window)) return null;
  const voices = speechSynthesis.getVoices();
  const prefix = lang === 'zh-CN' ? 'zh' : 'en';
  return voices.find((v) => v.lang.replace('_', '-').toLowerCase() === lang.toLowerCase())
    ?? voices.find((v) => v.lang.toLowerCase().startsWith(prefix)) ?? null;
}

function speakInBrowser(text, lang, voice) {
  return new Promise((resolve) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = lang === 'zh-CN' ? 0.9 : 0.95;
    const timer = setTimeout(resolve, 2500 + text.length * 220);
    u.onend = u.onerror = () => {
      clearTimeout(timer);
      resolve();
    };
    speechSynthesis.speak(u);
  });
}

export class BoardVoice {
  /**
   * token: the board's device token (null: a staff session, which reports nothing);
   * context: () => the board's AudioContext; onChange: ({on, reason}) => void.
   */
  constructor({ token, context, onChange }) {
    this.token = token;
    this.context = context;
    this.onChange = onChange;
    this.server = { available: false, languages: [], reason: 'not asked yet' };
    this.failure = null;
    this.buffers = new Map();
    this.asked = false; // whether the server was asked yet: no verdict, and no report, before
    this.state = null;
    this.reported = null;
    this.reporting = null;
    if ('speechSynthesis' in window) speechSynthesis.addEventListener('voiceschanged', () => this.update());
    setInterval(() => this.report(), RETRY_MS);
  }

  /** Asks the server whether it can speak, then works out (and reports) whether the board can. */
  async check() {
    try {
      this.server = await api('GET', '/api/v1/speech');
    } catch (e) {
      this.server = { available: false, languages: [], reason: `server speech not reachable: ${e.message}` };
    }
    this.asked = true;
    this.update();
  }

  /** How the board speaks a language now: 'browser', 'server' or null. */
  route(lang) {
    if (browserVoice(lang)) return 'browser';
    if (this.server.available && this.server.languages.includes(lang)) return 'server';
    return null;
  }

  /**
   * Whether the board can speak now and, when not, why: codes the console words in its language
   * (sound-blocked, no-voice-zh-CN, no-voice-en, server-silent, audio-failed).
   */
  update() {
    // Before the server answered, its voice is unknown, not silent: a board under load would
    // otherwise report "server-silent" for the moment its first request takes.
    if (!this.asked) return;
    const reasons = LANGUAGES.filter((l) => !this.route(l)).map((l) => `no-voice-${l}`);
    if (reasons.length && !this.server.available) reasons.push('server-silent');
    if (this.context()?.state !== 'running') reasons.push('sound-blocked');
    if (this.failure) reasons.push('audio-failed');
    const next = { on: reasons.length === 0, reason: reasons.join(' ') };
    if (this.state?.on === next.on && this.state?.reason === next.reason) return;
    this.state = next;
    this.onChange(next);
    this.report();
  }

  /**
   * Reports the state once per change; retried each minute until the server has it. A change
   * made while a report is on its way is reported when that one returns, so that the server
   * never keeps an earlier state than the board's.
   */
  report() {
    if (!this.token || !this.state) return Promise.resolve();
    this.reporting ??= this.send().finally(() => {
      this.reporting = null;
    });
    return this.reporting;
  }

  async send() {
    for (;;) {
      const s = this.state;
      const body = { status: s.on ? 'ON' : 'OFF', detail: s.on ? null : s.reason };
      const key = JSON.stringify(body);
      if (this.reported === key) return;
      try {
        await api('POST', '/api/v1/devices/me/voice', body);
        this.reported = key;
      } catch {
        return; // the server is away: the next minute's retry, or the next change, reports it
      }
    }
  }

  /** Starts fetching the server's audio for a call that will be announced. */
  prepare(text, lang) {
    if (text && this.route(lang) === 'server') this.buffer(text, lang).catch(() => {});
  }

  /** Says the text; resolves with how: 'browser', 'server' or 'none'. */
  async say(text, lang) {
    if (!text) return 'none';
    const route = this.route(lang);
    if (route === 'browser') {
      await speakInBrowser(text, lang, browserVoice(lang));
      return 'browser';
    }
    if (route !== 'server') return 'none';
    try {
      await this.play(await this.buffer(text, lang));
      this.failure = null;
      this.update();
      return 'server';
    } catch (e) {
      this.failure = e.message;
      console.warn(`server audio for ${lang}`, e);
      this.update();
      return 'none';
    }
  }

  play(buffer) {
    const ctx = this.context();
    if (ctx?.state !== 'running') return Promise.reject(new Error('sound is blocked'));
    return new Promise((resolve) => {
      const source = ctx.createBufferSource();
      source.buffer = buffer;
      source.connect(ctx.destination);
      const timer = setTimeout(resolve, buffer.duration * 1000 + 1500);
      source.onended = () => {
        clearTimeout(timer);
        resolve();
      };
      source.start();
    });
  }

  buffer(text, lang) {
    const key = `${lang}\n${text}`;
    let decoded = this.buffers.get(key);
    if (!decoded) {
      decoded = this.fetchAudio(text, lang).then((bytes) => this.context().decodeAudioData(bytes));
      decoded.catch(() => this.buffers.delete(key));
      this.buffers.set(key, decoded);
      while (this.buffers.size > KEEP) this.buffers.delete(this.buffers.keys().next().value);
    }
    return decoded;
  }

  async fetchAudio(text, lang) {
    const headers = { Accept: 'audio/wav, application/problem+json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const response = await fetch(`/api/v1/speech/audio?${new URLSearchParams({ lang, text })}`, {
      headers,
      credentials: 'same-origin',
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || `HTTP ${response.status}`);
    }
    return response.arrayBuffer();
  }
}
