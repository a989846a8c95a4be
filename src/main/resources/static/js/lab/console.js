// The console pane: what Spark prints, as text, in order; problems the lab adds are set apart.
import { el, t } from './i18n.js';

const MAX_LINES = 5000;

export class ConsoleView {
  constructor(root) {
    this.pre = root.querySelector('pre');
    this.lines = 0;
  }

  print(lines, dropped) {
    const stick = this.atBottom();
    const fragment = document.createDocumentFragment();
    for (const line of lines) {
      fragment.append(el('span', { class: line.err ? 'err' : null, text: `${line.text}\n` }));
    }
    if (dropped > 0) fragment.append(el('span', { class: 'note', text: `${t('lab.ui.console.dropped', dropped)}\n` }));
    this.pre.append(fragment);
    this.lines += lines.length + (dropped > 0 ? 1 : 0);
    while (this.lines > MAX_LINES && this.pre.firstChild) {
      this.pre.firstChild.remove();
      this.lines--;
    }
    if (stick) this.pre.scrollTop = this.pre.scrollHeight;
  }

  problem(text) {
    this.print([{ text, err: true }], 0);
    this.pre.lastChild.classList.add('problem');
  }

  note(text) {
    this.pre.append(el('span', { class: 'note', text: `${text}\n` }));
    this.lines++;
    this.pre.scrollTop = this.pre.scrollHeight;
  }

  clear() {
    this.pre.textContent = '';
    this.lines = 0;
  }

  atBottom() {
    return this.pre.scrollHeight - this.pre.scrollTop - this.pre.clientHeight < 24;
  }
}
