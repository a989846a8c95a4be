// Windows: for each windowed stream, the batch timeline with the window of the selected batch bracketed; batches
// that entered it are marked +, those that left it −, with their records (an inverse window's values added and
// subtracted). Stepping through batches slides the bracket.
import { el, t } from './i18n.js';

const CELLS = 18;

export class WindowsView {
  constructor(root, timeline) {
    this.root = root;
    this.timeline = timeline;
    timeline.onChange(() => this.render());
  }

  render() {
    const { batches, selected } = this.timeline;
    this.root.textContent = '';
    const streams = new Map();
    for (let i = 0; i <= selected; i++) {
      for (const w of batches[i].windows) streams.set(w.streamId, { window: w, batch: batches[i] });
    }
    if (!streams.size) {
      this.root.append(el('p', { class: 'empty', text: t('lab.ui.windows.none') }));
      return;
    }
    const first = Math.max(0, selected - CELLS + 1);
    const shown = batches.slice(first, selected + 1);
    for (const { window: w, batch } of streams.values()) {
      const stale = batch !== batches[selected];
      const covered = new Set(w.covered);
      const entered = new Set(w.entered);
      const left = new Set(w.left);
      const strip = el('div', { class: 'strip', role: 'list' });
      for (const b of shown) {
        const marks = [];
        if (entered.has(b.time)) marks.push('+');
        if (left.has(b.time)) marks.push('−');
        const records = Object.values(b.in).reduce((a, n) => a + n, 0);
        strip.append(el('div', {
          role: 'listitem',
          class: ['cell', covered.has(b.time) ? 'covered' : '', entered.has(b.time) ? 'entered' : '',
            left.has(b.time) ? 'left' : '', b === batches[selected] ? 'now' : ''].join(' '),
          title: b.timeLabel,
          'aria-label': `${t('lab.ui.windows.batch', b.number)}${covered.has(b.time) ? `, ${t('lab.ui.windows.inWindow')}` : ''}`,
        }, el('span', { class: 'n', text: b.number }), el('span', { class: 'rec', text: records }),
        el('span', { class: 'mark', text: marks.join('') })));
      }
      const section = el('section', { class: 'window' },
        el('h4', {}, w.stream, w.site ? el('span', { class: 'site', text: ` ${w.site}` }) : null,
          el('span', { class: 'range', text: ` ${t('lab.ui.windows.range', w.begin, w.end, w.covered.length)}` }),
          stale ? el('span', { class: 'note', text: ` ${t('lab.ui.windows.fromBatch', batch.number)}` }) : null),
        strip,
        this.changes(t('lab.ui.windows.entered'), w.enteredRecords, '+'),
        this.changes(t('lab.ui.windows.left'), w.leftRecords, '−'));
      this.root.append(section);
    }
  }

  changes(title, byTime, mark) {
    const entries = Object.entries(byTime);
    if (!entries.length) return null;
    return el('div', { class: 'changes' }, el('h5', { text: `${mark} ${title}` }),
      entries.map(([time, records]) => el('div', { class: 'change' },
        el('span', { class: 'time', text: `${time} ms` }),
        el('span', { class: 'records', text: records.length ? records.join('  ') : t('lab.ui.windows.empty') }))));
  }
}
