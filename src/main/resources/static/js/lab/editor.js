// The program editor: CodeMirror 6 with Scala or Python highlighting, line numbers and error markers.
import { EditorView, basicSetup } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import { StreamLanguage } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { setDiagnostics } from '@codemirror/lint';
import { scala } from '/_static/legacy-modes/6.3.3/mode/clike.js';

const languages = { scala: () => StreamLanguage.define(scala), python: () => python() };

export function createEditor(parent, label, dialect, text, onChange) {
  const language = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        language.of(languages[dialect]()),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            view.dispatch(setDiagnostics(view.state, []));
            onChange(view.state.doc.toString());
          }
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    load(newDialect, newText) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: newText },
        effects: language.reconfigure(languages[newDialect]()),
      });
    },
    // Marks line:column (1-based) with the message; the gutter shows it and hovering reads it.
    markError(line, column, message) {
      const doc = view.state.doc;
      if (line < 1 || line > doc.lines) return;
      const at = doc.line(line);
      const from = Math.min(at.from + Math.max(column - 1, 0), at.to);
      const to = Math.min(Math.max(from + 1, at.to), doc.length);
      view.dispatch(setDiagnostics(view.state, [{ from, to, severity: 'error', message }]));
      view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
    },
    clearErrors() {
      view.dispatch(setDiagnostics(view.state, []));
    },
  };
}
