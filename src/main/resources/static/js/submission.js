// Submit for grading and show the verdicts: queue place, then score, then per test the first differing batch
// (expected, got, missing, extra). Every text comes from the form's data-msg-* attributes (the people bundle);
// student code and records are only ever set as textContent.

const POLL_MS = 250;

function format(template, ...args) {
  return args.reduce((text, arg, i) => text.replaceAll(`{${i}}`, String(arg)), template);
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function records(title, lines, className) {
  const box = element('div', `records ${className}`);
  box.append(element('h4', null, title));
  const pre = element('pre');
  pre.textContent = lines.join('\n');
  box.append(pre);
  return box;
}

function renderTest(verdict, msg, verdicts) {
  const item = element('li', `test ${verdict.kind}`);
  const head = element('div', 'test-head');
  head.append(element('strong', null, verdict.test), ' ');
  if (verdict.hidden) head.append(element('span', 'tag', msg.hidden), ' ');
  head.append(
      element('span', `verdict ${verdict.kind}`, verdicts[verdict.kind] ?? verdict.kind));
  if (verdict.batch) head.append(' ', element('span', 'batch', format(msg.batch, verdict.batch)));
  item.append(head);
  if (verdict.message && verdict.kind !== 'passed') item.append(element('pre', 'message', verdict.message));
  if (verdict.hint) item.append(element('p', 'hint', `${msg.hint}: ${verdict.hint}`));
  if (!verdict.hidden && verdict.kind === 'failed') {
    const diff = element('div', 'diff');
    diff.append(records(msg.expected, verdict.expected, 'expected'), records(msg.got, verdict.got, 'got'));
    if (verdict.missing.length) diff.append(records(msg.missing, verdict.missing, 'missing'));
    if (verdict.extra.length) diff.append(records(msg.extra, verdict.extra, 'extra'));
    item.append(diff);
  }
  return item;
}

/** Draws a submission's state (the JSON of GET /api/submissions/{id}) into the result element. */
export function render(status, result, msg, verdicts) {
  result.replaceChildren();
  if (status.state === 'queued') {
    result.append(element('p', 'state queued', format(msg.queued, status.position)));
    return;
  }
  if (status.state === 'grading') {
    result.append(element('p', 'state grading', msg.grading));
    return;
  }
  if (status.verdict === 'rejected') {
    result.append(element('p', 'state rejected', status.attempt ? msg.notRun : msg.rejected),
        element('pre', 'message', status.rejection));
    return;
  }
  const allPassed = status.total > 0 && status.passed === status.total;
  result.append(element('p', `score ${allPassed ? 'passed' : 'failed'}`,
      allPassed ? `${format(msg.score, status.passed, status.total)} ${msg.passed}`
          : format(msg.score, status.passed, status.total)));
  const list = element('ol', 'tests');
  status.verdicts.forEach(v => list.append(renderTest(v, msg, verdicts)));
  result.append(list);
}

/** Posts the program, then polls its state until it is done; resolves with the final state. */
export async function submit(api, exerciseId, dialect, code, onState) {
  const response = await fetch(`${api}/exercises/${encodeURIComponent(exerciseId)}/submissions`, {
    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({dialect, code}),
  });
  const accepted = await response.json();
  if (response.status !== 202) throw new Error(accepted.error ?? response.statusText);
  onState({state: accepted.position > 0 ? 'queued' : 'grading', position: accepted.position});
  for (;;) {
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
    const status = await (await fetch(`${api}/submissions/${accepted.id}`)).json();
    onState(status);
    if (status.state === 'done') return status;
  }
}

export function messages(form) {
  const msg = {};
  const verdicts = {};
  for (const [key, value] of Object.entries(form.dataset)) {
    if (key.startsWith('msg')) msg[key[3].toLowerCase() + key.slice(4)] = value;
    if (key.startsWith('verdict')) {
      verdicts[key.slice(7).replace(/[A-Z]/g, c => '-' + c.toLowerCase()).slice(1)] = value;
    }
  }
  return {msg, verdicts};
}

const form = document.getElementById('submit-form');
if (form) {
  const result = document.getElementById('submission-result');
  const {msg, verdicts} = messages(form);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await submit(form.dataset.api, form.dataset.exercise, form.elements.dialect.value, form.elements.code.value,
          status => render(status, result, msg, verdicts));
    } catch (error) {
      result.replaceChildren(element('p', 'error', `${msg.failedRequest} ${error.message}`));
    } finally {
      button.disabled = false;
    }
  });
}
