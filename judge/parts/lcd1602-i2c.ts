import { z } from 'zod';
import type { PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { LcdBase, lcdSettings } from './lcd1602.ts';
import { I2cBus } from './i2c-bus.ts';

const settings = lcdSettings.extend({
  /** PCF8574 address: 0x27 on most backpacks (0x3F on PCF8574A ones). */
  address: z.number().int().min(0x08).max(0x77).default(0x27),
});
export type LcdI2cSettings = z.output<typeof settings>;

// PCF8574 port bits → LCD lines on the common backpack (the LiquidCrystal_I2C library's wiring).
const RS = 0x01;
const RW = 0x02;
const EN = 0x04;
const BACKLIGHT = 0x08;

/**
 * LCD 16×2 behind a PCF8574 I²C backpack, on A4 (SDA) / A5 (SCL). Every byte the sketch writes to
 * the PCF8574 sets its 8 outputs; the HD44780 sees E fall when P2 goes from 1 to 0.
 */
export class Lcd1602I2c extends LcdBase {
  readonly kind = 'lcd1602-i2c';
  readonly address: number;
  /** The PCF8574's output latch; powers up all HIGH (quasi-bidirectional ports). */
  private port = 0xff;
  private readonly off: () => void;

  constructor(spec: ValidSpec<LcdI2cSettings>, ctx: PartContext) {
    super(spec.id, ctx, spec.settings);
    this.address = spec.settings.address;
    this.off = I2cBus.of(ctx.board).attach({
      address: this.address,
      write: (byte) => {
        this.expanderWrite(byte);
        return true;
      },
      read: () => this.port,
    });
  }

  get backlight(): boolean {
    return (this.port & BACKLIGHT) !== 0;
  }
  override snapshot() {
    return { ...super.snapshot(), backlight: this.backlight };
  }
  detach(): void {
    this.off();
  }

  private expanderWrite(byte: number): void {
    const before = this.port;
    this.port = byte;
    if (before & EN && !(byte & EN) && !(byte & RW)) this.hd.strobe(byte & RS ? 1 : 0, byte >> 4);
  }
}

definePart({
  kind: 'lcd1602-i2c',
  pins: [],
  settings,
  create: (spec, ctx) => new Lcd1602I2c(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    'lcd1602-i2c': Lcd1602I2c;
  }
}
