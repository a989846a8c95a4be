// State: for each stateful stream, one row per key and one column per batch, each cell marked new (+), changed (~),
// unchanged or removed (✕, struck through for one column), and the state's size over time.
import { el, t } from './i18n.js';

const COLUMNS = 10;
const SYMBOL = { added: '+', updated: '~', removed: '✕', same: '' };

export class StateView {
  constructor(root, timeline) {
    this.root = root;
    this.timeline = timeline;
    timeline.onChange(() => this.render());
  }

  // Replays every batch's changes to know each key's value at each batch.
  snapshots(streamId) {
    const values = new Map();
    const columns = [];
    for (const batch of this.timeline.batches) {
      const state = batch.states.find((s) => s.streamId === streamId);
      const marks = new Map();
      if (state) {
        for (const c of state.changes) {
          marks.set(c.key, c.change);
          if (c.change === 'removed') values.delete(c.key);
          else values.set(c.key, c.newValue);
        }
      }
      const removed = state ? state.changes.filter((c) => c.change === 'removed') : [];
      columns.push({ batch, values: new Map(values), marks, removed, size: state ? state.size : values.size });
    }
    return columns;
  }

  render() {
    this.root.textContent = '';
    const ids = new Map();
    for (const b of this.timeline.batches) for (const s of b.states) ids.set(s.streamId, s);
    if (!ids.size) {
      this.root.append(el('p', { class: 'empty', text: t('lab.ui.state.none') }));
      return;
    }
    for (const [id, info] of ids) {
      const all = this.snapshots(id);
      const upto = all.slice(0, this.timeline.selected + 1);
      const columns = upto.slice(-COLUMNS);
      const keys = new Set();
      columns.forEach((c) => { c.values.forEach((v, k) => keys.add(k)); c.removed.forEach((r) => keys.add(r.key)); });
      const head = el('tr', {}, el('th', { scope: 'col', text: t('lab.ui.state.key') }),
        columns.map((c) => el('th', { scope: 'col', class: c.batch === this.timeline.current() ? 'now' : null,
          text: c.batch.number, title: c.batch.timeLabel })));
      const rows = [...keys].sort().map((key) => el('tr', {}, el('th', { scope: 'row', text: key }),
        columns.map((c) => {
          const removed = c.removed.find((r) => r.key === key);
          const mark = removed ? 'removed' : (c.marks.get(key) || (c.values.has(key) ? 'same' : null));
          if (!mark) return el('td', { class: 'absent' });
          const value = removed ? removed.oldValue : c.values.get(key);
          return el('td', { class: mark, title: t(`lab.ui.state.${mark}`) },
            SYMBOL[mark] ? el('span', { class: 'sym', 'aria-label': t(`lab.ui.state.${mark}`), text: SYMBOL[mark] }) : null,
            el('span', { class: 'v', text: value }));
        })));
      this.root.append(el('section', { class: 'state' },
        el('h4', {}, info.stream, info.site ? el('span', { class: 'site', text: ` ${info.site}` }) : null,
          el('span', { class: 'count', text: ` — ${t('lab.ui.state.size', upto.length ? upto[upto.length - 1].size : 0)}` })),
        this.sparkline(upto.map((c) => c.size)),
        el('table', { class: 'grid' }, el('thead', {}, head), el('tbody', {}, rows))));
    }
  }

  sparkline(sizes) {
    const w = 240; const h = 28;
    const max = Math.max(1, ...sizes);
    const points = sizes.slice(-60).map((s, i, a) => `${(i / Math.max(1, a.length - 1)) * w},${h - (s / max) * (h - 2) - 1}`);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.setAttribute('class', 'spark');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t('lab.ui.state.sizeOverTime'));
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'polyline');
    line.setAttribute('points', points.join(' '));
    svg.append(line);
    return svg;
  }
}
