// The lab page: the editor and controls on the left, the sockets and Spark's console on the right, and below them
// the views of what Spark never shows. Everything arrives over one WebSocket as the session's events.
import { page, t } from './i18n.js';
import { LabSocket } from './socket.js';
import { createEditor } from './editor.js';
import { ConsoleView } from './console.js';
import { InputsView, sourcesIn, foldersIn } from './inputs.js';
import { Timeline } from './timeline.js';
import { BatchesView } from './batches.js';
import { WindowsView } from './windows.js';
import { StateView } from './state.js';
import { GraphView } from './graph.js';
import { SubmitView } from './submit.js';

const $ = (selector) => document.querySelector(selector);
const storageKey = (dialect) => `streamlab:code:${page.exercise ? page.exercise.id : 'playground'}:${dialect}`;

let dialect = page.dialect;
const savedOr = (d) => localStorage.getItem(storageKey(d)) ?? page.starters[d] ?? '';

const consoleView = new ConsoleView($('#console'));
const timeline = new Timeline();
const socket = new LabSocket(page.locale, onEvent, onConnection);
const inputs = new InputsView($('#inputs'), $('#transcript'), (m) => socket.send(m));
const editor = createEditor($('#editor'), t('lab.ui.program'), dialect, savedOr(dialect), (code) => {
  localStorage.setItem(storageKey(dialect), code);
  if (!running) inputs.show(sourcesIn(code).length ? sourcesIn(code) : page.sources, foldersIn(code));
});
// Scripts driving the page (browser tests, screen-reader helpers) reach the editor through its element.
$('#editor').labEditor = editor;
new BatchesView($('#batches'), timeline);
new WindowsView($('#windows'), timeline);
new StateView($('#state'), timeline);
const graph = new GraphView($('#graph'), timeline);
if (page.exercise) new SubmitView($('#submit'), $('#verdict'), page, () => ({ dialect, code: editor.text() }));

let running = false;
let state = 'idle';
inputs.setupReplay();
inputs.show(sourcesIn(editor.text()).length ? sourcesIn(editor.text()) : page.sources, foldersIn(editor.text()));

const dialectSelect = $('#dialect');
dialectSelect.value = dialect;
dialectSelect.addEventListener('change', () => {
  dialect = dialectSelect.value;
  editor.load(dialect, savedOr(dialect));
  const url = new URL(location.href);
  url.searchParams.set('dialect', dialect);
  history.replaceState(null, '', url);
});

$('#run').addEventListener('click', () => {
  consoleView.clear();
  timeline.reset();
  editor.clearErrors();
  $('#transcript').textContent = '';
  const args = $('#args').value.trim();
  socket.send({ type: 'run', dialect, code: editor.text(), args: args ? args.split(/\s+/) : [] });
});
$('#export').addEventListener('click', () => {
  const form = $('#export-form');
  form.elements.dialect.value = dialect;
  form.elements.code.value = editor.text();
  form.elements.args.value = $('#args').value;
  form.submit();
});
$('#stop').addEventListener('click', () => socket.send({ type: 'stop' }));
$('#pause').addEventListener('click', () => socket.send({ type: state === 'paused' ? 'resume' : 'pause' }));
$('#step').addEventListener('click', () => socket.send({ type: 'step' }));
$('#restart').addEventListener('click', () => {
  consoleView.note(t('lab.ui.console.restarting'));
  socket.send({ type: 'restart' });
});

function onConnection(open) {
  $('#connection').hidden = open;
}

function onEvent(event) {
  switch (event.type) {
    case 'started':
      inputs.started(event);
      graph.setGraph(event.graph);
      event.warnings.forEach((w) => consoleView.problem(w));
      break;
    case 'console': consoleView.print(event.lines, event.dropped); break;
    case 'echo': inputs.echo(event); break;
    case 'dropped': inputs.dropped(event); break;
    case 'batch': timeline.add(event.batch); break;
    case 'status': showStatus(event); break;
    case 'replay':
      $('#replay-progress').textContent = event.done ? t('lab.ui.replay.done', event.name)
        : t('lab.ui.replay.progress', event.batch, event.of);
      break;
    case 'problem':
      consoleView.problem(event.detail || event.message);
      if (event.line > 0) editor.markError(event.line, event.column, event.message);
      break;
    default: break;
  }
}

function showStatus(event) {
  state = event.state;
  running = state === 'running' || state === 'paused';
  const status = $('#status');
  status.dataset.state = state;
  const batch = timeline.batches.length ? timeline.batches[timeline.batches.length - 1] : null;
  status.textContent = t(`lab.ui.state.${state}`) + (batch ? ` · ${t('lab.ui.status.batch', batch.number, batch.timeLabel)}` : '');
  $('#stop').disabled = !running;
  $('#step').disabled = !running;
  $('#restart').disabled = state === 'idle';
  const pause = $('#pause');
  pause.disabled = !running;
  pause.setAttribute('aria-pressed', state === 'paused' ? 'true' : 'false');
  pause.title = state === 'paused' ? t('lab.ui.resumeHint') : '';
}

// The bottom panel's tabs; the selected batch is shared by all of them, ←/→ moves it.
const tabs = [...document.querySelectorAll('[role=tab]')];
tabs.forEach((tab) => tab.addEventListener('click', () => {
  tabs.forEach((other) => {
    other.setAttribute('aria-selected', other === tab ? 'true' : 'false');
    document.getElementById(other.getAttribute('aria-controls')).hidden = other !== tab;
  });
}));
document.addEventListener('keydown', (e) => {
  if (e.target.closest('input, textarea, select, .cm-editor')) return;
  if (e.key === 'ArrowLeft') { timeline.move(-1); e.preventDefault(); }
  if (e.key === 'ArrowRight') { timeline.move(1); e.preventDefault(); }
});

// The bottom panel can be resized by dragging its top edge.
const grip = $('#grip');
grip.addEventListener('pointerdown', (down) => {
  grip.setPointerCapture(down.pointerId);
  const move = (e) => {
    const height = Math.min(Math.max(window.innerHeight - e.clientY, 120), window.innerHeight - 220);
    document.documentElement.style.setProperty('--panel-height', `${height}px`);
  };
  grip.addEventListener('pointermove', move);
  grip.addEventListener('pointerup', () => grip.removeEventListener('pointermove', move), { once: true });
});
showStatus({ state: 'idle' });
// Every view says what it will show before the first batch arrives.
timeline.emit();
