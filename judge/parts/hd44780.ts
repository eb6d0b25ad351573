/**
 * The HD44780 LCD controller (Hitachi datasheet, "Instructions" table), shared by the parallel
 * (lcd1602) and the I²C backpack (lcd1602-i2c) displays. It sees the bus as E strobes carrying RS
 * and the data lines; in 4-bit mode two strobes make one byte, high nibble first. Busy times come
 * from the datasheet at 270 kHz: 37 µs per instruction, 1.52 ms for clear and home.
 */
export class Hd44780 {
  /** Display data RAM: line 1 at 0x00–0x27, line 2 at 0x40–0x67 (2-line mode). */
  readonly ddram = new Uint8Array(0x80).fill(0x20);
  /** Character generator RAM: 8 custom 5×8 characters, 8 rows of 5 bits each. */
  readonly cgram = new Uint8Array(64);
  /** Address counter. */
  ac = 0;
  private toCgram = false;
  /** Display shift, in characters to the left. */
  shift = 0;
  /** Entry mode: I/D (increment) and S (shift the display on write). */
  increment = true;
  private shiftOnWrite = false;
  displayOn = false;
  cursorOn = false;
  blinkOn = false;
  /** Function set: DL (8-bit interface), N (2 lines), F (5×10 font). */
  eightBit = true;
  twoLines = false;
  private pendingHigh: number | null = null;
  private busyUntil = 0;
  /** Instructions and data that arrived while the controller was busy (they were lost). */
  lost = 0;

  constructor(
    private readonly now: () => number,
    private readonly cyclesPerUs: number,
    /** Ignore bytes that arrive while busy, as the real chip may; off → accept everything. */
    private readonly enforceBusy: boolean,
    private readonly report: (what: string, value: number | string) => void,
  ) {}

  /** One falling edge of E: RS, D7–D4 as a nibble, and D3–D0 (only used in 8-bit mode). */
  strobe(rs: 0 | 1, high: number, low = 0): void {
    if (this.eightBit) return this.byte(rs, ((high & 15) << 4) | (low & 15));
    if (this.pendingHigh === null) {
      this.pendingHigh = high & 15;
      return;
    }
    const value = (this.pendingHigh << 4) | (high & 15);
    this.pendingHigh = null;
    this.byte(rs, value);
  }

  /** The two visible 16-character lines, as the display shows them now (blank when off). */
  lines(): [string, string] {
    const row = (r: number) => {
      if (!this.displayOn || (r === 1 && !this.twoLines)) return ' '.repeat(16);
      let s = '';
      for (let c = 0; c < 16; c++) s += charOf(this.ddram[this.visibleAddress(r, c)]);
      return s;
    };
    return [row(0), row(1)];
  }

  /** Cursor position on the screen (row, column), as the AC points into DDRAM. */
  cursor(): { row: number; col: number } {
    const row = this.twoLines && this.ac >= 0x40 ? 1 : 0;
    const col = (((this.ac - row * 0x40 - this.shift) % this.lineLength()) + this.lineLength()) % this.lineLength();
    return { row, col };
  }

  private lineLength(): number {
    return this.twoLines ? 40 : 80;
  }

  private visibleAddress(row: number, col: number): number {
    const len = this.lineLength();
    return row * 0x40 + ((((col + this.shift) % len) + len) % len);
  }

  private byte(rs: 0 | 1, value: number): void {
    const t = this.now();
    if (this.enforceBusy && t < this.busyUntil) {
      this.lost++;
      this.report('lost', rs ? `data 0x${value.toString(16)}` : `command 0x${value.toString(16)}`);
      return;
    }
    const us = rs ? this.write(value) : this.instruction(value);
    this.busyUntil = t + us * this.cyclesPerUs;
  }

  /** Executes an instruction; returns its execution time, µs. */
  private instruction(v: number): number {
    if (v & 0x80) {
      this.ac = v & 0x7f;
      this.toCgram = false;
    } else if (v & 0x40) {
      this.ac = v & 0x3f;
      this.toCgram = true;
    } else if (v & 0x20) {
      this.eightBit = (v & 0x10) !== 0;
      this.twoLines = (v & 0x08) !== 0;
      this.pendingHigh = null;
    } else if (v & 0x10) {
      const right = (v & 0x04) !== 0;
      if (v & 0x08) this.shift += right ? -1 : 1;
      else this.moveAc(right);
    } else if (v & 0x08) {
      this.displayOn = (v & 0x04) !== 0;
      this.cursorOn = (v & 0x02) !== 0;
      this.blinkOn = (v & 0x01) !== 0;
    } else if (v & 0x04) {
      this.increment = (v & 0x02) !== 0;
      this.shiftOnWrite = (v & 0x01) !== 0;
    } else if (v & 0x02) {
      this.ac = 0;
      this.shift = 0;
      this.toCgram = false;
      return 1520;
    } else if (v & 0x01) {
      this.ddram.fill(0x20);
      this.ac = 0;
      this.shift = 0;
      this.increment = true;
      this.toCgram = false;
      this.report('clear', 1);
      return 1520;
    }
    return 37;
  }

  private write(v: number): number {
    if (this.toCgram) {
      this.cgram[this.ac & 0x3f] = v & 0x1f;
      this.ac = (this.ac + (this.increment ? 1 : -1)) & 0x3f;
      return 41;
    }
    this.ddram[this.ac] = v;
    this.report('char', charOf(v));
    this.moveAc(this.increment);
    if (this.shiftOnWrite) this.shift += this.increment ? 1 : -1;
    return 41;
  }

  /** AC ± 1 within DDRAM: 2-line mode wraps 0x27 → 0x40 and 0x67 → 0x00 (and back). */
  private moveAc(forward: boolean): void {
    if (!this.twoLines) {
      this.ac = (this.ac + (forward ? 1 : 79)) % 80;
      return;
    }
    if (forward) this.ac = this.ac === 0x27 ? 0x40 : this.ac === 0x67 ? 0x00 : this.ac + 1;
    else this.ac = this.ac === 0x40 ? 0x27 : this.ac === 0x00 ? 0x67 : this.ac - 1;
  }
}

/** A few of the A00 character ROM's non-ASCII glyphs that lessons use. */
const ROM_A00: Record<number, string> = {
  0x5c: '¥', 0x7e: '→', 0x7f: '←', 0xa5: '・', 0xdf: '°', 0xe0: 'α', 0xe2: 'β', 0xe3: 'ε', 0xe4: 'µ',
  0xe5: 'σ', 0xe6: 'ρ', 0xf2: 'θ', 0xf3: '∞', 0xf4: 'Ω', 0xf6: 'Σ', 0xf7: 'π', 0xfd: '÷', 0xff: '█',
};

/**
 * Character code → text. Custom characters 0–7 (and their mirrors 8–15) become U+E000–U+E007 so a
 * bench can still tell them apart; codes without a glyph here become U+FFFD.
 */
export function charOf(code: number): string {
  if (code < 16) return String.fromCharCode(0xe000 + (code & 7));
  if (ROM_A00[code]) return ROM_A00[code];
  if (code >= 0x20 && code < 0x7e) return String.fromCharCode(code);
  return '\ufffd';
}
