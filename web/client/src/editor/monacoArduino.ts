import type * as Monaco from './monacoCore.ts';
import { currentLang } from '../i18n/index.ts';
import { completionsAt, hoverAt } from './arduinoHelp.ts';

const KIND = { function: 'Function', method: 'Method', constant: 'Constant', class: 'Class', keyword: 'Keyword' } as const;

/** Connects the Arduino help data to Monaco's C++ mode. The language is read per request, so a switch applies at once. */
export function registerArduinoHelp(monaco: typeof Monaco): void {
  monaco.languages.registerCompletionItemProvider('cpp', {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      const prefix = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const items = completionsAt(prefix, model.getValue(), currentLang());
      return {
        suggestions: items.map((it) => ({
          label: it.entry.name,
          kind: monaco.languages.CompletionItemKind[KIND[it.entry.kind]],
          insertText: it.insert,
          insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
          detail: it.detail,
          documentation: { value: it.documentation },
          range,
        })),
      };
    },
  });
  monaco.languages.registerHoverProvider('cpp', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      if (!word) return null;
      const before = model.getLineContent(position.lineNumber).slice(0, word.startColumn - 1);
      const help = hoverAt(word.word, before, model.getValue(), currentLang());
      if (!help) return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [{ value: help }],
      };
    },
  });
}
