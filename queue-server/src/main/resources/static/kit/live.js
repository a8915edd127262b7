// The event stream, live: /ws/events?since=SEQ. Reconnects by itself with the last seq it saw,
// with a growing pause (0.5 s … 10 s), so a server restart or a network drop loses nothing.
//
// When the stream cannot simply go on — the server sends {"type":"RESYNC","seq":N}, or closes
// with 1008 because this client fell too far behind — the page reloads its snapshot (resync,
// which returns the snapshot's seq) and the stream goes on from there instead of asking for the
// same old seq forever. A 1008 that says the session ended is told to the page as 'ended'.
//
// A city runs an active and a standby server on one database: a page opened with
// ?servers=host:port,host:port (the other servers' addresses) moves to the next address whenever
// its connection ends, and resumes there with since= the last event it had.
const POLICY_VIOLATION = 1008;

/** The page's own server first, then the others named by ?servers=, each once. */
export function serverList(search = location.search, own = location.host) {
  const others = (new URLSearchParams(search).get('servers') ?? '')
    .split(',').map((s) => s.trim()).filter(Boolean);
  return [...new Set([own, ...others])];
}

export class EventStream {
  /**
   * since: the seq of the page's snapshot; token: a device's access token; onEvent(event);
   * onState('connecting' | 'live' | 'down' | 'resync' | 'ended'); resync(): reloads the page's
   * snapshot and resolves to its seq.
   */
  constructor({ since, token, onEvent, onState, resync }) {
    this.seq = since ?? 0;
    this.token = token;
    this.onEvent = onEvent;
    this.onState = onState ?? (() => {});
    this.resync = resync;
    this.delay = 500;
    this.closed = false;
    this.socket = null;
    this.servers = serverList();
    this.server = 0;
    this.connect();
    // A sleeping laptop or a half-open connection: check that the socket still lives.
    this.watchdog = setInterval(() => this.check(), 15000);
    addEventListener('online', () => this.reconnectNow());
  }

  url() {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const host = this.servers[this.server];
    let url = `${proto}//${host}/ws/events?since=${this.seq}`;
    if (this.log) url += `&log=${encodeURIComponent(this.log)}`; // a restored log is told apart
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
      if (this.socket !== socket) return;
      this.lastMessage = Date.now();
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      if (event.type === 'RESYNC') {
        if (event.log) this.log = event.log;
        this.startOver(typeof event.seq === 'number' ? event.seq : null);
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
    socket.onclose = (close) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.closed) return;
      if (close.code === POLICY_VIOLATION) {
        if (/signed out/.test(close.reason)) {
          this.onState('ended');
          return;
        }
        this.startOver(null);
        return;
      }
      this.onState('down');
      this.server = (this.server + 1) % this.servers.length; // the standby, if there is one
      this.retry(() => this.connect());
    };
  }

  /** Leaves the current socket, reloads the page's snapshot and goes on from the later seq. */
  startOver(from) {
    if (this.closed || !this.resync) {
      this.reconnectNow();
      return;
    }
    this.drop();
    this.onState('resync');
    clearTimeout(this.timer);
    Promise.resolve()
      .then(() => this.resync())
      .then((snapshotSeq) => {
        this.seq = Math.max(from ?? 0, typeof snapshotSeq === 'number' ? snapshotSeq : 0);
        this.delay = 500;
        this.connect();
      })
      .catch((e) => {
        console.warn('resync failed', e);
        this.onState('down');
        this.retry(() => this.startOver(from));
      });
  }

  retry(what) {
    clearTimeout(this.timer);
    this.timer = setTimeout(what, this.delay);
    this.delay = Math.min(this.delay * 2, 10000);
  }

  check() {
    if (this.socket && this.socket.readyState === WebSocket.CONNECTING
        && Date.now() - this.lastMessage > 20000) {
      this.reconnectNow();
    }
  }

  drop() {
    if (this.socket) {
      const old = this.socket;
      this.socket = null;
      old.onclose = null;
      old.onmessage = null;
      old.close();
    }
  }

  reconnectNow() {
    if (this.closed) return;
    this.delay = 500;
    this.drop();
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
