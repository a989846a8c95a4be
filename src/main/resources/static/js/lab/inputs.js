// One input box per socketTextStream, as the program names it; Enter sends, a multi-line paste sends every line.
// Replay feeds a stream file (a visible test or an upload) at a chosen pace. The transcript shows each line's batch.
import { el, t, page } from './i18n.js';

const SOCKET = /socketTextStream\s*\(\s*(?:hostname\s*=\s*)?["']([^"']+)["']\s*,\s*(?:port\s*=\s*)?(\d+)/g;

export function sourcesIn(code) {
  const found = [];
  for (const m of code.matchAll(SOCKET)) {
    const name = `${m[1]}:${m[2]}`;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

export class InputsView {
  constructor(root, transcript, send) {
    this.root = root;
    this.transcript = transcript;
    this.send = send;
    this.sources = [];
    this.batchTimes = null;
    this.uploaded = null;
  }

  show(sources) {
    if (JSON.stringify(sources) === JSON.stringify(this.sources)) return;
    this.sources = sources;
    this.root.querySelectorAll('.source').forEach((n) => n.remove());
    const boxes = sources.length ? sources : ['localhost:9999'];
    for (const source of boxes) {
      const input = el('input', { type: 'text', 'aria-label': source, placeholder: t('lab.ui.input.placeholder'),
        autocomplete: 'off', spellcheck: 'false' });
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          this.send({ type: 'input', source, lines: [input.value] });
          input.value = '';
        }
      });
      input.addEventListener('paste', (e) => {
        const text = e.clipboardData.getData('text');
        if (!text.includes('\n')) return;
        e.preventDefault();
        const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
        this.send({ type: 'input', source, lines: input.value ? [input.value + lines[0], ...lines.slice(1)] : lines });
        input.value = '';
      });
      this.root.querySelector('.replay').before(el('label', { class: 'source' },
        el('span', { class: 'source-name', text: source }), input));
    }
  }

  setupReplay() {
    const select = this.root.querySelector('#replay-stream');
    select.append(...page.streams.map((s, i) => el('option', { value: String(i), text: s.name })));
    select.append(el('option', { value: 'upload', text: t('lab.ui.replay.upload') }));
    const file = this.root.querySelector('#replay-file');
    select.addEventListener('change', () => { if (select.value === 'upload') file.click(); });
    file.addEventListener('change', async () => {
      const chosen = file.files[0];
      if (!chosen) return;
      this.uploaded = { name: chosen.name, text: await chosen.text() };
      const option = select.querySelector('option[value="upload"]');
      option.textContent = `${t('lab.ui.replay.upload')}: ${chosen.name}`;
    });
    this.root.querySelector('#replay-go').addEventListener('click', () => {
      const pace = Number(this.root.querySelector('#replay-pace').value);
      const stream = select.value === 'upload' ? this.uploaded : page.streams[Number(select.value)];
      if (stream) this.send({ type: 'replay', name: stream.name, text: stream.text, pace });
    });
  }

  started(event) {
    this.batchTimes = { first: event.firstBatchTime, every: event.batchMillis };
    this.show(event.sources);
  }

  batchNumber(time) {
    if (!this.batchTimes) return '?';
    return Math.round((time - this.batchTimes.first) / this.batchTimes.every) + 1;
  }

  echo(event) {
    const item = el('li', {},
      el('span', { class: 'when', text: new Date().toLocaleTimeString() }),
      el('span', { class: 'batch', text: t('lab.ui.transcript.batch', this.batchNumber(event.batchTime)) }),
      this.sources.length > 1 ? el('span', { class: 'src', text: event.source }) : null,
      el('span', { class: 'line', text: event.line === '' ? '⏎' : event.line }));
    this.transcript.append(item);
    while (this.transcript.childElementCount > 500) this.transcript.firstElementChild.remove();
    this.transcript.scrollTop = this.transcript.scrollHeight;
  }
}
