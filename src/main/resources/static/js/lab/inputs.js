// One input box per socketTextStream, as the program names it; Enter sends, a multi-line paste sends every line.
// One drop box per textFileStream folder: a file typed in, or dragged from the computer, is moved into the folder and
// read by the batch being received. Replay feeds a stream file (a visible test or an upload) at a chosen pace. The
// transcript shows each line's and each file's batch.
import { el, t, page } from './i18n.js';

const SOCKET = /socketTextStream\s*\(\s*(?:hostname\s*=\s*)?["']([^"']+)["']\s*,\s*(?:port\s*=\s*)?(\d+)/g;
const FOLDER = /textFileStream\s*\(\s*(?:directory\s*=\s*)?["']([^"']+)["']/g;

function distinct(matches, name) {
  const found = [];
  for (const m of matches) {
    if (!found.includes(name(m))) found.push(name(m));
  }
  return found;
}

export function sourcesIn(code) {
  return distinct(code.matchAll(SOCKET), (m) => `${m[1]}:${m[2]}`);
}

export function foldersIn(code) {
  return distinct(code.matchAll(FOLDER), (m) => m[1]);
}

export class InputsView {
  constructor(root, transcript, send) {
    this.root = root;
    this.transcript = transcript;
    this.send = send;
    this.sources = [];
    this.folders = [];
    this.fileCount = 0;
    this.batchTimes = null;
    this.uploaded = null;
  }

  show(sources, folders = []) {
    this.showFolders(folders);
    if (JSON.stringify(sources) === JSON.stringify(this.sources)) return;
    this.sources = sources;
    this.root.querySelectorAll('.source').forEach((n) => n.remove());
    const boxes = sources.length || folders.length ? sources : ['localhost:9999'];
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

  showFolders(folders) {
    if (JSON.stringify(folders) === JSON.stringify(this.folders)) return;
    this.folders = folders;
    this.root.querySelectorAll('.drop').forEach((n) => n.remove());
    for (const folder of folders) this.root.querySelector('.replay').before(this.dropBox(folder));
  }

  dropBox(folder) {
    const title = t('lab.ui.drop.title', folder);
    const name = el('input', { type: 'text', class: 'drop-name', 'aria-label': t('lab.ui.drop.name'),
      value: this.nextName(), autocomplete: 'off', spellcheck: 'false' });
    const content = el('textarea', { rows: '2', 'aria-label': t('lab.ui.drop.content'), spellcheck: 'false',
      placeholder: t('lab.ui.drop.content') });
    const button = el('button', { type: 'button', text: t('lab.ui.drop.button') });
    const box = el('fieldset', { class: 'drop', 'aria-label': title },
      el('legend', { text: title }), el('div', { class: 'drop-row' }, name, button), content,
      el('span', { class: 'note', text: t('lab.ui.drop.hint') }));
    button.addEventListener('click', () => {
      this.send({ type: 'drop', folder, name: name.value.trim(), text: content.value });
      content.value = '';
      name.value = this.nextName();
    });
    box.addEventListener('dragover', (e) => { e.preventDefault(); box.classList.add('over'); });
    box.addEventListener('dragleave', () => box.classList.remove('over'));
    box.addEventListener('drop', async (e) => {
      e.preventDefault();
      box.classList.remove('over');
      for (const file of e.dataTransfer.files) {
        this.send({ type: 'drop', folder, name: file.name, text: await file.text() });
      }
    });
    return box;
  }

  nextName() {
    this.fileCount += 1;
    return `part-${String(this.fileCount).padStart(5, '0')}.txt`;
  }

  setupReplay() {
    const select = this.root.querySelector('#replay-stream');
    select.append(...page.streams.map((s, i) => el('option', { value: String(i), text: s.name })));
    select.append(el('option', { value: 'upload', text: t('lab.ui.replay.upload') }));
    const file = this.root.querySelector('#replay-file');
    select.addEventListener('change', () => { if (select.value === 'upload') file.click(); });
    const replay = (stream) => {
      const pace = Number(this.root.querySelector('#replay-pace').value);
      this.send({ type: 'replay', name: stream.name, text: stream.text, pace });
    };
    let replayOnceUploaded = false;
    file.addEventListener('change', async () => {
      const chosen = file.files[0];
      if (!chosen) return;
      this.uploaded = { name: chosen.name, text: await chosen.text() };
      const option = select.querySelector('option[value="upload"]');
      option.textContent = `${t('lab.ui.replay.upload')}: ${chosen.name}`;
      if (replayOnceUploaded) replay(this.uploaded);
      replayOnceUploaded = false;
    });
    this.root.querySelector('#replay-go').addEventListener('click', () => {
      // Where upload is the only choice (the playground), choosing it fires no change: Replay opens the file picker.
      if (select.value === 'upload' && !this.uploaded) {
        replayOnceUploaded = true;
        file.click();
        return;
      }
      replay(select.value === 'upload' ? this.uploaded : page.streams[Number(select.value)]);
    });
  }

  started(event) {
    this.batchTimes = { first: event.firstBatchTime, every: event.batchMillis };
    this.show(event.sources, event.folders);
  }

  batchNumber(time) {
    if (!this.batchTimes) return '?';
    return Math.round((time - this.batchTimes.first) / this.batchTimes.every) + 1;
  }

  echo(event) {
    this.record(event.batchTime, this.sources.length > 1 ? event.source : null, event.line === '' ? '⏎' : event.line);
  }

  dropped(event) {
    this.record(event.batchTime, this.folders.length > 1 ? event.folder : null,
      t('lab.ui.transcript.file', event.name, event.lines));
  }

  record(batchTime, source, text) {
    const item = el('li', {},
      el('span', { class: 'when', text: new Date().toLocaleTimeString() }),
      el('span', { class: 'batch', text: t('lab.ui.transcript.batch', this.batchNumber(batchTime)) }),
      source ? el('span', { class: 'src', text: source }) : null,
      el('span', { class: 'line', text }));
    this.transcript.append(item);
    while (this.transcript.childElementCount > 500) this.transcript.firstElementChild.remove();
    this.transcript.scrollTop = this.transcript.scrollHeight;
  }
}
