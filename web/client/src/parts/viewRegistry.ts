import type { PartView } from './types.ts';
import { LedView } from './views/LedView.tsx';
import { RgbLedView } from './views/RgbLedView.tsx';
import { ButtonView } from './views/ButtonView.tsx';
import { PotentiometerView } from './views/PotentiometerView.tsx';
import { SliderView } from './views/SliderView.tsx';
import { ServoView } from './views/ServoView.tsx';
import { BuzzerView } from './views/BuzzerView.tsx';
import { SevenSegmentView } from './views/SevenSegmentView.tsx';
import { LcdView } from './views/LcdView.tsx';
import { LedBarView } from './views/LedBarView.tsx';
import { GenericView } from './views/GenericView.tsx';

/** Part kind (judge/parts registry key) → its drawing. A new part kind adds one line here. */
const VIEWS: Record<string, PartView> = {
  led: LedView,
  'rgb-led': RgbLedView,
  button: ButtonView,
  potentiometer: PotentiometerView,
  photoresistor: SliderView,
  thermistor: SliderView,
  'hc-sr04': SliderView,
  'line-sensor': SliderView,
  servo: ServoView,
  buzzer: BuzzerView,
  '7segment': SevenSegmentView,
  'seven-segment': SevenSegmentView,
  lcd1602: LcdView,
  'lcd1602-i2c': LcdView,
  'led-bar': LedBarView,
};

export function viewFor(kind: string): PartView {
  return VIEWS[kind] ?? GenericView;
}
