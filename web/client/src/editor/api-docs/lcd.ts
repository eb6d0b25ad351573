import type { ApiGroup, ApiEntry } from './types.ts';

const m = (e: Omit<ApiEntry, 'kind' | 'owner'>): ApiEntry => ({ kind: 'method', owner: 'LiquidCrystal', ...e });

export const lcd: ApiGroup = {
  id: 'lcd',
  title: { ru: 'Дисплей LCD 16×2 (LiquidCrystal)', en: 'LCD 16×2 (LiquidCrystal)' },
  entries: [
    {
      name: 'LiquidCrystal',
      kind: 'class',
      signature: 'LiquidCrystal lcd(rs, en, d4, d5, d6, d7);',
      insert: 'LiquidCrystal ${1:lcd}(${2:12}, ${3:11}, ${4:5}, ${5:4}, ${6:3}, ${7:2});',
      doc: {
        ru: 'Символьный дисплей 16×2. Подключи `#include <LiquidCrystal.h>` и укажи выводы RS, E, D4–D7.',
        en: 'A 16×2 character display. Include `#include <LiquidCrystal.h>` and give the RS, E, D4–D7 pins.',
      },
      example: '#include <LiquidCrystal.h>\nLiquidCrystal lcd(12, 11, 5, 4, 3, 2);',
    },
    {
      name: 'LiquidCrystal_I2C',
      kind: 'class',
      signature: 'LiquidCrystal_I2C lcd(address, cols, rows);',
      insert: 'LiquidCrystal_I2C ${1:lcd}(${2:0x27}, ${3:16}, ${4:2});',
      doc: {
        ru: 'Дисплей 16×2 с переходником I2C: всего два провода (A4, A5). Подключи `#include <LiquidCrystal_I2C.h>`, в `setup()` вызови `lcd.init()` и `lcd.backlight()`. Остальные команды — как у LiquidCrystal.',
        en: 'A 16×2 display with an I2C adapter: just two wires (A4, A5). Include `#include <LiquidCrystal_I2C.h>`, call `lcd.init()` and `lcd.backlight()` in `setup()`. Other commands are as in LiquidCrystal.',
      },
    },
    { kind: 'method', owner: 'LiquidCrystal_I2C', name: 'init', signature: 'lcd.init()', insert: 'init();', doc: { ru: 'Включает дисплей I2C.', en: 'Starts the I2C display.' } },
    { kind: 'method', owner: 'LiquidCrystal_I2C', name: 'backlight', signature: 'lcd.backlight()', insert: 'backlight();', doc: { ru: 'Включает подсветку.', en: 'Turns the backlight on.' } },
    { kind: 'method', owner: 'LiquidCrystal_I2C', name: 'noBacklight', signature: 'lcd.noBacklight()', insert: 'noBacklight();', doc: { ru: 'Выключает подсветку.', en: 'Turns the backlight off.' } },
    m({ name: 'begin', signature: 'lcd.begin(cols, rows)', insert: 'begin(${1:16}, ${2:2});', doc: { ru: 'Включает дисплей: 16 столбцов, 2 строки.', en: 'Starts the display: 16 columns, 2 rows.' } }),
    m({ name: 'print', signature: 'lcd.print(value)', insert: 'print(${1:"Привет"});', doc: { ru: 'Печатает текст или число с позиции курсора. Русские буквы дисплей не показывает — пиши латиницей.', en: 'Prints text or a number at the cursor. The display has no Cyrillic letters — use Latin.' } }),
    m({ name: 'setCursor', signature: 'lcd.setCursor(col, row)', insert: 'setCursor(${1:0}, ${2:1});', doc: { ru: 'Ставит курсор: столбец 0–15, строка 0–1.', en: 'Moves the cursor: column 0–15, row 0–1.' } }),
    m({ name: 'clear', signature: 'lcd.clear()', insert: 'clear();', doc: { ru: 'Стирает экран и ставит курсор в начало.', en: 'Clears the screen and moves the cursor home.' } }),
    m({ name: 'home', signature: 'lcd.home()', insert: 'home();', doc: { ru: 'Курсор в левый верхний угол.', en: 'Cursor to the top left corner.' } }),
    m({ name: 'cursor', signature: 'lcd.cursor()', insert: 'cursor();', doc: { ru: 'Показывает курсор-черту.', en: 'Shows the underline cursor.' } }),
    m({ name: 'noCursor', signature: 'lcd.noCursor()', insert: 'noCursor();', doc: { ru: 'Прячет курсор.', en: 'Hides the cursor.' } }),
    m({ name: 'blink', signature: 'lcd.blink()', insert: 'blink();', doc: { ru: 'Мигающий курсор-квадрат.', en: 'A blinking block cursor.' } }),
    m({ name: 'noBlink', signature: 'lcd.noBlink()', insert: 'noBlink();', doc: { ru: 'Выключает мигание курсора.', en: 'Stops the cursor blinking.' } }),
    m({ name: 'display', signature: 'lcd.display()', insert: 'display();', doc: { ru: 'Включает изображение.', en: 'Turns the picture on.' } }),
    m({ name: 'noDisplay', signature: 'lcd.noDisplay()', insert: 'noDisplay();', doc: { ru: 'Гасит изображение, не стирая текст.', en: 'Hides the picture without erasing the text.' } }),
    m({ name: 'scrollDisplayLeft', signature: 'lcd.scrollDisplayLeft()', insert: 'scrollDisplayLeft();', doc: { ru: 'Сдвигает всё изображение на один символ влево.', en: 'Scrolls the whole picture one character left.' } }),
    m({ name: 'scrollDisplayRight', signature: 'lcd.scrollDisplayRight()', insert: 'scrollDisplayRight();', doc: { ru: 'Сдвигает всё изображение на один символ вправо.', en: 'Scrolls the whole picture one character right.' } }),
    m({ name: 'createChar', signature: 'lcd.createChar(n, bitmap)', insert: 'createChar(${1:0}, ${2:heart});', doc: { ru: 'Создаёт свой символ 5×8 (n = 0–7); печатай его `lcd.write(n)`.', en: 'Creates a custom 5×8 character (n = 0–7); print it with `lcd.write(n)`.' } }),
    m({ name: 'write', signature: 'lcd.write(n)', insert: 'write(${1:0});', doc: { ru: 'Печатает символ по коду (в том числе свой, 0–7).', en: 'Prints a character by its code (including a custom one, 0–7).' } }),
  ],
};
