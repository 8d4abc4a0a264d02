// The parts of CodeMirror 6 the preview's editor uses, as one global (HandbookCodeMirror) for
// src/main/resources/dev/handbook/serve/edit/editor.js, which stays readable and unbundled.
export { EditorState, StateEffect, StateField } from "@codemirror/state";
export { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection, Decoration, ViewPlugin, placeholder } from "@codemirror/view";
export { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
export { syntaxHighlighting, defaultHighlightStyle, HighlightStyle, StreamLanguage } from "@codemirror/language";
export { markdown } from "@codemirror/lang-markdown";
export { linter, lintGutter, setDiagnostics, forceLinting } from "@codemirror/lint";
