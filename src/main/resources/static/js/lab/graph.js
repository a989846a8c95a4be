// The program's DStream graph left to right (socket → flatMap → map → reduceByKey → print), each box with its
// record count in the selected batch; a click shows that stream's records.
import { el, t } from './i18n.js';

export class GraphView {
  constructor(root, timeline) {
    this.root = root;
    this.timeline = timeline;
    this.nodes = [];
    this.chosen = null;
    timeline.onChange(() => this.render());
  }

  setGraph(nodes) {
    this.nodes = nodes;
    this.chosen = null;
    this.render();
  }

  depths() {
    const byId = new Map(this.nodes.map((n) => [n.id, n]));
    const depth = new Map();
    const of = (n) => {
      if (depth.has(n.id)) return depth.get(n.id);
      depth.set(n.id, 0);
      const d = n.parents.length ? 1 + Math.max(...n.parents.map((p) => (byId.has(p) ? of(byId.get(p)) : 0))) : 0;
      depth.set(n.id, d);
      return d;
    };
    this.nodes.forEach(of);
    return depth;
  }

  render() {
    this.root.textContent = '';
    if (!this.nodes.length) {
      this.root.append(el('p', { class: 'empty', text: t('lab.ui.graph.none') }));
      return;
    }
    const batch = this.timeline.current();
    const counts = new Map((batch ? batch.streams : []).map((s) => [s.streamId, s]));
    const depth = this.depths();
    const columns = [];
    for (const n of this.nodes) (columns[depth.get(n.id)] ||= []).push(n);
    const board = el('div', { class: 'board' });
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'edges');
    board.append(svg);
    const boxes = new Map();
    columns.forEach((column) => {
      const col = el('div', { class: 'col' });
      for (const n of column || []) {
        const seen = counts.get(n.id);
        const box = el('button', {
          type: 'button', class: `node${n.output ? ' output' : ''}${this.chosen === n.id ? ' chosen' : ''}`,
          onclick: () => { this.chosen = n.id; this.render(); },
        }, el('span', { class: 'name', text: n.output ? `${n.name}()` : n.name }),
        n.site ? el('span', { class: 'site', text: n.site }) : null,
        el('span', { class: 'count', text: seen ? t('lab.ui.graph.records', seen.count) : (n.output ? '' : '—') }));
        boxes.set(n.id, box);
        col.append(box);
      }
      board.append(col);
    });
    this.root.append(board);
    const records = this.chosen !== null ? counts.get(this.chosen) : null;
    const chosenNode = this.nodes.find((n) => n.id === this.chosen);
    if (chosenNode) {
      this.root.append(el('div', { class: 'detail' },
        el('h4', { text: `${chosenNode.name}${chosenNode.site ? ` ${chosenNode.site}` : ''}` }),
        records ? el('ol', { class: 'records' }, records.records.map((r) => el('li', { text: r })))
          : el('p', { class: 'empty', text: t('lab.ui.graph.noRecords') })));
    }
    requestAnimationFrame(() => this.drawEdges(board, svg, boxes));
  }

  drawEdges(board, svg, boxes) {
    const origin = board.getBoundingClientRect();
    svg.setAttribute('width', board.scrollWidth);
    svg.setAttribute('height', board.scrollHeight);
    svg.textContent = '';
    for (const n of this.nodes) {
      for (const p of n.parents) {
        const a = boxes.get(p); const b = boxes.get(n.id);
        if (!a || !b) continue;
        const ra = a.getBoundingClientRect(); const rb = b.getBoundingClientRect();
        const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        const x1 = ra.right - origin.left; const y1 = ra.top + ra.height / 2 - origin.top;
        const x2 = rb.left - origin.left; const y2 = rb.top + rb.height / 2 - origin.top;
        path.setAttribute('d', `M${x1},${y1} C${x1 + 20},${y1} ${x2 - 20},${y2} ${x2},${y2}`);
        svg.append(path);
      }
    }
  }
}
