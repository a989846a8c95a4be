// Submit: the exercise's grader runs the program on every test stream; the verdict appears here.
import { el, t } from './i18n.js';

function csrfHeader() {
  const name = document.querySelector('meta[name=csrf-header]');
  const token = document.querySelector('meta[name=csrf-token]');
  return name && token ? { [name.content]: token.content } : {};
}

export class SubmitView {
  constructor(button, panel, page, program) {
    this.button = button;
    this.panel = panel;
    this.page = page;
    button.addEventListener('click', () => this.submit(program()));
  }

  async submit({ dialect, code }) {
    this.button.disabled = true;
    this.panel.hidden = false;
    this.panel.textContent = t('lab.ui.submit.sending');
    try {
      const response = await fetch(`/api/exercises/${encodeURIComponent(this.page.exercise.id)}/submissions`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', ...csrfHeader() },
        body: JSON.stringify({ dialect, code }),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        this.panel.textContent = body.message || t('lab.ui.submit.failed', response.status);
        return;
      }
      await this.follow(body.id);
    } catch (e) {
      this.panel.textContent = t('lab.ui.submit.failed', e.message);
    } finally {
      this.button.disabled = false;
    }
  }

  async follow(id) {
    for (let i = 0; i < 600; i++) {
      const response = await fetch(`/api/submissions/${encodeURIComponent(id)}`);
      const s = await response.json();
      if (s.state === 'done') {
        this.show(s);
        return;
      }
      this.panel.textContent = s.position > 0 ? t('lab.ui.submit.queued', s.position) : t('lab.ui.submit.grading');
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  show(s) {
    this.panel.textContent = '';
    this.panel.append(el('p', { class: `score ${s.passed === s.total ? 'pass' : 'fail'}`,
      text: t('lab.ui.submit.score', s.passed, s.total) }));
    const list = el('ul', { class: 'verdicts' });
    for (const v of s.verdicts || []) {
      list.append(el('li', { class: v.passed ? 'pass' : 'fail' },
        el('strong', { text: `${v.passed ? '✓' : '✗'} ${v.test}` }),
        v.message ? el('pre', { text: v.message }) : null));
    }
    this.panel.append(list);
  }
}
