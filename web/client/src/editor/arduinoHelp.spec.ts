import { describe, expect, it } from 'vitest';
import { API_GROUPS } from './api-docs/index.ts';
import { completionsAt, hoverAt, ownerOf } from './arduinoHelp.ts';

const REQUIRED = [
  'pinMode', 'digitalWrite', 'digitalRead', 'analogWrite', 'analogRead', 'delay', 'millis', 'micros',
  'tone', 'noTone', 'pulseIn', 'map', 'constrain', 'attachInterrupt', 'Serial', 'Servo', 'LiquidCrystal', 'Motor', 'Drive', 'Sonar', 'LineSensor',
];

describe('Arduino help data', () => {
  const entries = API_GROUPS.flatMap((g) => g.entries);

  it('covers the API the curriculum uses', () => {
    const names = new Set(entries.filter((e) => !e.owner).map((e) => e.name));
    for (const name of REQUIRED) expect(names, name).toContain(name);
    const serial = entries.filter((e) => e.owner === 'Serial').map((e) => e.name);
    expect(serial).toEqual(expect.arrayContaining(['begin', 'print', 'println', 'available', 'read']));
  });

  it('is complete in both languages: every doc, parameter and return text exists in ru and en', () => {
    for (const group of API_GROUPS) {
      expect(group.title.ru && group.title.en, group.id).toBeTruthy();
      for (const e of group.entries) {
        const where = `${group.id}/${e.owner ?? ''}.${e.name}`;
        expect(e.doc.ru.trim(), where).not.toBe('');
        expect(e.doc.en.trim(), where).not.toBe('');
        // Russian text must actually be Russian, English must not be.
        expect(/[а-яё]/i.test(e.doc.ru), `${where} ru`).toBe(true);
        expect(/[а-яё]/i.test(e.doc.en), `${where} en`).toBe(false);
        for (const p of e.params ?? []) expect(p.doc.ru && p.doc.en, `${where}(${p.name})`).toBeTruthy();
        if (e.returns) expect(e.returns.ru && e.returns.en, `${where} returns`).toBeTruthy();
      }
    }
  });

  it('has no name documented twice in the same scope', () => {
    const seen = new Set<string>();
    for (const e of entries) {
      const key = `${e.owner ?? ''}.${e.name}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});

describe('completion and hover', () => {
  const sketch = '#include <Servo.h>\n#include <LiquidCrystal.h>\nServo arm;\nLiquidCrystal lcd(12, 11, 5, 4, 3, 2);\nvoid setup() {}\n';

  it('lists global functions in the chosen language', () => {
    const ru = completionsAt('  digi', sketch, 'ru').find((i) => i.entry.name === 'digitalWrite')!;
    const en = completionsAt('  digi', sketch, 'en').find((i) => i.entry.name === 'digitalWrite')!;
    expect(ru.documentation).toContain('Подаёт');
    expect(en.documentation).toContain('Puts a high');
    expect(ru.insert).toContain('${1');
  });

  it('lists only Serial’s methods after "Serial."', () => {
    const names = completionsAt('  Serial.pr', sketch, 'ru').map((i) => i.entry.name);
    expect(names).toContain('println');
    expect(names).not.toContain('digitalWrite');
  });

  it('finds the class of a variable the sketch declared', () => {
    expect(ownerOf('arm', sketch)).toBe('Servo');
    expect(ownerOf('lcd', sketch)).toBe('LiquidCrystal');
    expect(ownerOf('nothing', sketch)).toBeUndefined();
    expect(completionsAt('  arm.', sketch, 'en').map((i) => i.entry.name)).toContain('write');
    expect(completionsAt('  lcd.', sketch, 'en').map((i) => i.entry.name)).toContain('setCursor');
  });

  it('gives the I2C display LiquidCrystal’s methods as well as its own', () => {
    const src = '#include <LiquidCrystal_I2C.h>\nLiquidCrystal_I2C screen(0x27, 16, 2);\n';
    const names = completionsAt('  screen.', src, 'ru').map((i) => i.entry.name);
    expect(names).toEqual(expect.arrayContaining(['init', 'backlight', 'setCursor', 'print']));
  });

  it('gives hover help for functions and members, nothing for unknown words', () => {
    expect(hoverAt('millis', '  unsigned long t = ', sketch, 'ru')).toContain('миллисекунд');
    expect(hoverAt('setCursor', '  lcd.', sketch, 'en')).toContain('Moves the cursor');
    expect(hoverAt('banana', '  ', sketch, 'en')).toBeUndefined();
  });
});
