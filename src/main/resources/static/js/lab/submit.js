// Submit on the lab page: the program in the editor goes to the grader; its queue place, then its verdicts (the
// first differing batch of each failed test) appear under the controls. Drawing is submission.js's, shared with
// the plain submit page.
import { messages, render, submit } from '/js/submission.js';

export class SubmitView {
  constructor(button, panel, page, program) {
    const { msg, verdicts } = messages(panel);
    button.addEventListener('click', async () => {
      const { dialect, code } = program();
      button.disabled = true;
      panel.hidden = false;
      const result = panel.querySelector('.result');
      try {
        await submit(panel.dataset.api, page.exercise.id, dialect, code, (s) => render(s, result, msg, verdicts));
      } catch (error) {
        result.replaceChildren();
        const p = document.createElement('p');
        p.className = 'error';
        p.textContent = `${msg.failedRequest} ${error.message}`;
        result.append(p);
        if (error.message.includes('/join')) {
          const join = document.createElement('a');
          join.href = `/join?next=${encodeURIComponent(location.pathname)}`;
          join.textContent = msg.join;
          result.append(join);
        }
      } finally {
        button.disabled = false;
      }
    });
  }
}
