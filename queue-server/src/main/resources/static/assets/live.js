// The event stream, live: /ws/events?since=SEQ. Reconnects by itself with the last seq it saw,
// with a growing pause (0.5 s … 10 s), so a server restart or a network drop loses nothing.
export class EventStream {
  constructor({ since, token, onEvent, onState }) {
    this.seq = since ?? 0;
    this.token = token;
    this.onEvent = onEvent;
    this.onState = onState ?? (() => {});
    this.delay = 500;
    this.closed = false;
    this.socket = null;
    this.connect();
    // A sleeping laptop or a half-open connection: check that the socket still lives.
    this.watchdog = setInterval(() => this.check(), 15000);
    addEventListener('online', () => this.reconnectNow());
  }

  url() {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    let url = `${proto}//${location.host}/ws/events?since=${this.seq}`;
    if (this.token) url += `&access_token=${encodeURIComponent(this.token)}`;
    return url;
  }

  connect() {
    if (this.closed) return;
    this.onState('connecting');
    const socket = new WebSocket(this.url());
    this.socket = socket;
    this.lastMessage = Date.now();
    socket.onopen = () => {
      this.delay = 500;
      this.onState('live');
    };
    socket.onmessage = (message) => {
      this.lastMessage = Date.now();
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      if (typeof event.seq !== 'number' || event.seq <= this.seq) return; // seen already
      this.seq = event.seq;
      try {
        this.onEvent(event);
      } catch (e) {
        console.error('event handler failed', e);
      }
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.closed) return;
      this.onState('down');
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.connect(), this.delay);
      this.delay = Math.min(this.delay * 2, 10000);
    };
  }

  check() {
    if (this.socket && this.socket.readyState === WebSocket.CONNECTING
        && Date.now() - this.lastMessage > 20000) {
      this.reconnectNow();
    }
  }

  reconnectNow() {
    if (this.closed) return;
    this.delay = 500;
    if (this.socket) {
      const old = this.socket;
      this.socket = null;
      old.onclose = null;
      old.close();
    }
    clearTimeout(this.timer);
    this.connect();
  }

  close() {
    this.closed = true;
    clearInterval(this.watchdog);
    clearTimeout(this.timer);
    if (this.socket) this.socket.close();
  }
}

/** Calls fn at most once per `wait` ms, after the last call in a burst settles. */
export function debounce(fn, wait) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
