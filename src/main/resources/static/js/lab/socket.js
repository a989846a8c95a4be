// The lab's one WebSocket. Reconnects after a drop and resumes the same session (the id lives in this tab only).
export class LabSocket {
  constructor(locale, onEvent, onConnection) {
    this.locale = locale;
    this.onEvent = onEvent;
    this.onConnection = onConnection;
    this.queue = [];
    this.retry = 500;
    this.connect();
  }

  connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${location.host}/ws/lab`);
    this.ws = ws;
    ws.onopen = () => {
      this.retry = 500;
      ws.send(JSON.stringify({ v: 1, type: 'hello', session: sessionStorage.getItem('streamlab-session'),
        locale: this.locale }));
    };
    ws.onmessage = (message) => {
      const event = JSON.parse(message.data);
      if (event.type === 'welcome') {
        sessionStorage.setItem('streamlab-session', event.session);
        this.ready = true;
        this.onConnection(true, event);
        this.queue.splice(0).forEach((m) => ws.send(m));
      }
      this.onEvent(event);
    };
    ws.onclose = () => {
      this.ready = false;
      this.onConnection(false);
      setTimeout(() => this.connect(), this.retry);
      this.retry = Math.min(this.retry * 2, 8000);
    };
  }

  send(message) {
    const text = JSON.stringify({ v: 1, ...message });
    if (this.ready && this.ws.readyState === WebSocket.OPEN) this.ws.send(text);
    else this.queue.push(text);
  }
}
