// Batches: one row per batch (time, records in per source, records out per output, processing time), a timeline
// chart in the spirit of Spark's Streaming UI, and the full result of the selected batch (not cut at ten).
import { el, t } from './i18n.js';

const ROWS = 200;

export class BatchesView {
  constructor(root, timeline) {
    this.root = root;
    this.timeline = timeline;
    this.body = root.querySelector('tbody');
    this.detail = root.querySelector('.detail');
    this.chart = new Chart(root.querySelector('canvas'), {
      data: {
        labels: [],
        datasets: [
          { type: 'bar', label: t('lab.ui.batches.records'), data: [], yAxisID: 'records',
            backgroundColor: '#7aa7e0' },
          { type: 'line', label: t('lab.ui.batches.processing'), data: [], yAxisID: 'ms', borderColor: '#d9822b',
            backgroundColor: '#d9822b', pointRadius: 1.5, tension: 0.2 },
        ],
      },
      options: {
        animation: false, maintainAspectRatio: false, responsive: true,
        plugins: { legend: { labels: { boxWidth: 10, font: { size: 11 } } } },
        scales: {
          records: { position: 'left', beginAtZero: true, ticks: { precision: 0, font: { size: 10 } } },
          ms: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { font: { size: 10 } } },
          x: { ticks: { font: { size: 10 }, maxRotation: 0, autoSkip: true } },
        },
        onClick: (e, items) => { if (items.length) this.timeline.select(this.offset + items[0].index); },
      },
    });
    this.offset = 0;
    timeline.onChange(() => this.render());
  }

  render() {
    const batches = this.timeline.batches;
    const shown = batches.slice(-60);
    this.offset = batches.length - shown.length;
    this.chart.data.labels = shown.map((b) => b.number);
    this.chart.data.datasets[0].data = shown.map((b) => Object.values(b.in).reduce((a, n) => a + n, 0));
    this.chart.data.datasets[1].data = shown.map((b) => Number(b.processingMillis.toFixed(2)));
    this.chart.update('none');
    this.renderRows(batches);
    this.renderDetail(this.timeline.current());
  }

  renderRows(batches) {
    const first = Math.max(0, batches.length - ROWS);
    this.body.textContent = '';
    for (let i = batches.length - 1; i >= first; i--) {
      const b = batches[i];
      const row = el('tr', { class: i === this.timeline.selected ? 'selected' : null, tabindex: '-1',
        'aria-selected': i === this.timeline.selected ? 'true' : 'false', onclick: () => this.timeline.select(i) },
        el('td', { text: b.number }),
        el('td', { text: b.timeLabel }),
        el('td', { text: Object.entries(b.in).map(([s, n]) => (Object.keys(b.in).length > 1 ? `${s}: ${n}` : n))
          .join(', ') || '0' }),
        el('td', { text: b.outputs.map((o) => o.count).join(' · ') || '—' }),
        el('td', { class: 'num', text: b.processingMillis.toFixed(1) }));
      this.body.append(row);
    }
  }

  renderDetail(batch) {
    this.detail.textContent = '';
    if (!batch) {
      this.detail.append(el('p', { class: 'empty', text: t('lab.ui.batches.none') }));
      return;
    }
    this.detail.append(el('h3', { text: t('lab.ui.batches.selected', batch.number, batch.timeLabel) }));
    if (!batch.outputs.length) this.detail.append(el('p', { class: 'empty', text: t('lab.ui.batches.noOutput') }));
    for (const output of batch.outputs) {
      this.detail.append(el('h4', {},
        `${output.operation}()`, output.site ? el('span', { class: 'site', text: ` ${output.site}` }) : null,
        el('span', { class: 'count', text: ` — ${t('lab.ui.batches.count', output.count)}` })));
      const list = el('ol', { class: 'records' }, output.records.map((r) => el('li', { text: r })));
      this.detail.append(list);
      if (output.count > output.records.length) {
        this.detail.append(el('p', { class: 'note', text: t('lab.ui.batches.more', output.count - output.records.length) }));
      }
    }
  }
}
