/** What a new authored task starts from: a small valid package (an LED on D13) to edit. */
import type { TaskFiles } from './files.ts';

export function starterFiles(id: string): TaskFiles {
  return {
    'task.yaml': `id: ${id}
title:
  ru: Новая задача
  en: New task
difficulty: 1
tags: [digital-output]
points: 100
limits:
  simulatedMs: 3000
  wallMs: 20000
`,
    'solutions.yaml': `- file: solutions/accepted.ino
  expect: { verdict: accepted, score: 100 }
  label: turns the LED on
- file: solutions/wrong.ino
  expect: { verdict: wrong, score: 0 }
  label: forgot pinMode
`,
    'statement.ru.md': `# Новая задача

Включите светодиод на пине 13.

![Схема](wiring.svg)
`,
    'statement.en.md': `# New task

Turn on the LED on pin 13.

![Wiring](wiring.svg)
`,
    'bench.ts': `import { defineBench } from '../../judge/bench/index.ts';

export default defineBench({
  parts: [{ kind: 'led', id: 'led', pins: { anode: 'D13' }, color: 'red' }],
  tests: [
    {
      id: 'on',
      title: { ru: 'Светодиод горит', en: 'The LED is on' },
      points: 100,
      async run(t) {
        await t.runMs(500);
        t.expect.pin('led').isOutput();
        t.expect.pin('led').isHigh();
      },
    },
  ],
});
`,
    'template.ino': `void setup() {
}

void loop() {
}
`,
    'solutions/accepted.ino': `void setup() {
  pinMode(13, OUTPUT);
  digitalWrite(13, HIGH);
}

void loop() {
}
`,
    'solutions/wrong.ino': `void setup() {
  digitalWrite(13, HIGH);
}

void loop() {
}
`,
  };
}
