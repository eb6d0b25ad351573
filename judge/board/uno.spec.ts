import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { readElf, stackLimitOf } from './elf.ts';
import { loadHex } from './hex.ts';
import { isFastEngine } from './engines/fast.ts';
import { Uno, type UnoOptions } from './uno.ts';

async function boot(source: string, options: UnoOptions = {}): Promise<Uno> {
  const result = await compile({ source });
  if (!result.ok || !result.hex) throw new Error(`compile failed: ${JSON.stringify(result.errors)}`);
  const stackLimit = result.stackLimit ?? (result.elf ? stackLimitOf(readElf(Buffer.from(result.elf, 'base64')).symbols) : undefined);
  return new Uno(loadHex(result.hex), { stackLimit, ...options });
}

function serialOf(uno: Uno): () => string {
  let text = '';
  uno.onSerialTransmit((b) => (text += String.fromCharCode(b)));
  return () => text;
}

describe('Uno board', () => {
  it('runs the fast engine unless told to run the reference loop (the judge passes no engine)', async () => {
    const source = 'void setup(){pinMode(13, OUTPUT);} void loop(){digitalWrite(13, !digitalRead(13)); delay(10);}';
    const fast = await boot(source);
    fast.runMs(50);
    expect(fast.engine.name).toBe('fast');
    expect(isFastEngine(fast.engine) && fast.engine.compiledRegions).toBeGreaterThan(0);
    expect((await boot(source, { engine: 'reference' })).engine.name).toBe('reference');
  });

  it('prints millis() 0, then about 1000 apart, as a real Uno does with delay(1000)', async () => {
    const uno = await boot(`void setup(){Serial.begin(115200);} void loop(){Serial.println(millis()); delay(1000);}`);
    const out = serialOf(uno);
    uno.runMs(3050);
    const values = out().trim().split(/\r?\n/).map(Number);
    expect(values[0]).toBe(0);
    expect(values.length).toBe(4);
    for (let i = 1; i < values.length; i++) expect(Math.abs(values[i] - values[i - 1] - 1000)).toBeLessThanOrEqual(2);
  });

  it('reports D13 level changes at the cycle digitalWrite happens', async () => {
    const uno = await boot(`void setup(){pinMode(13,OUTPUT);} void loop(){digitalWrite(13,HIGH);delay(250);digitalWrite(13,LOW);delay(250);}`);
    const edges: [number, number][] = [];
    uno.onPinChange('D13', (level, cycle) => edges.push([level, cycle / 16000]));
    uno.runMs(1100);
    expect(edges.map((e) => e[0])).toEqual([1, 0, 1, 0, 1]);
    expect(edges[2][1] - edges[0][1]).toBeCloseTo(500, 0);
    expect(uno.mode('D13')).toBe('output');
  });

  it('reads a pin with INPUT_PULLUP as HIGH when nothing drives it and LOW when a part pulls it to ground', async () => {
    const uno = await boot(`void setup(){Serial.begin(115200);pinMode(2,INPUT_PULLUP);} void loop(){Serial.print(digitalRead(2));delay(10);}`);
    const out = serialOf(uno);
    uno.runMs(25);
    uno.drive('D2', 0);
    uno.runMs(20);
    uno.drive('D2', 'float');
    uno.runMs(20);
    expect(out()).toMatch(/^1+0+1+$/);
    expect(uno.mode('D2')).toBe('input-pullup');
  });

  it('feeds analogRead from the voltage a part puts on A0 (5 V → 1023, 2.5 V → 512)', async () => {
    const uno = await boot(`void setup(){Serial.begin(115200);} void loop(){Serial.println(analogRead(A0));delay(20);}`);
    const out = serialOf(uno);
    uno.setAnalogVolts('A0', 2.5);
    uno.runMs(10);
    uno.setAnalogVolts('A0', 5);
    uno.runMs(20);
    const values = out().trim().split(/\r?\n/).map(Number);
    expect(values[0]).toBe(512);
    expect(values[1]).toBe(1023);
  });

  it('receives serial input paced at the baud rate', async () => {
    const uno = await boot(`void setup(){Serial.begin(9600);} void loop(){ if(Serial.available()){ char c=Serial.read(); Serial.write(c>='a'&&c<='z'?c-32:c);} }`);
    const out = serialOf(uno);
    uno.serialWrite('hello');
    uno.runMs(30);
    expect(out()).toBe('HELLO');
  });

  it('runs an external interrupt (INT0 on D2, FALLING) on every falling edge', async () => {
    const uno = await boot(`volatile int n=0; void isr(){n++;} void setup(){Serial.begin(115200);pinMode(2,INPUT_PULLUP);attachInterrupt(digitalPinToInterrupt(2),isr,FALLING);} void loop(){delay(50);Serial.println(n);}`);
    const out = serialOf(uno);
    uno.runMs(5);
    for (let i = 0; i < 3; i++) {
      uno.drive('D2', 0);
      uno.runMs(2);
      uno.drive('D2', 'float');
      uno.runMs(2);
    }
    uno.runMs(60);
    expect(out().trim().split(/\r?\n/).pop()).toBe('3');
  });

  it('runs a pin-change interrupt (PCINT on A0 and D8) on every change of either pin, and only those', async () => {
    // Wheel encoders on pins without INT0/INT1 are counted this way (ISR(PCINTn_vect) in the datasheet).
    const uno = await boot(`
      volatile int c = 0, b = 0;
      ISR(PCINT1_vect) { c++; }
      ISR(PCINT0_vect) { b++; }
      void setup() {
        Serial.begin(115200);
        pinMode(A0, INPUT_PULLUP); pinMode(8, INPUT_PULLUP); pinMode(9, INPUT_PULLUP);
        PCICR |= _BV(PCIE1) | _BV(PCIE0);
        PCMSK1 |= _BV(PCINT8);   // A0 = PC0
        PCMSK0 |= _BV(PCINT0);   // D8 = PB0 (D9 = PB1 stays masked)
      }
      void loop() { delay(50); Serial.print(c); Serial.print(' '); Serial.println(b); }`);
    const out = serialOf(uno);
    uno.runMs(5);
    for (let i = 0; i < 4; i++) {
      uno.drive('A0', 0);
      uno.runMs(1);
      uno.drive('A0', 'float');
      uno.runMs(1);
    }
    uno.drive('D8', 0);
    uno.runMs(1);
    uno.drive('D9', 0);
    uno.runMs(60);
    // 4 presses of A0 = 8 changes; D8 once; D9 is not in the mask.
    expect(out().trim().split(/\r?\n/).pop()).toBe('8 1');
  });

  it('keeps EEPROM content written by the sketch', async () => {
    const uno = await boot(`#include <EEPROM.h>\nvoid setup(){EEPROM.write(7, 42);} void loop(){}`);
    uno.runMs(20);
    expect(uno.eepromBackend.memory[7]).toBe(42);
  });

  it('reports a stack overflow from runaway recursion as a crash, not a hang', async () => {
    const uno = await boot(`volatile char sink; int deep(int n){ volatile char buf[32]; buf[0]=n; sink=buf[0]; return deep(n+1)+buf[1]; } void setup(){Serial.begin(9600);Serial.println(deep(0));} void loop(){}`);
    uno.runMs(100);
    expect(uno.crash?.kind).toBe('stack-overflow');
    expect(uno.crash?.message.ru).toContain('стек');
  });

  it('reports a call through a null function pointer as an unexpected reset', async () => {
    const uno = await boot(`typedef void (*fn)(); volatile fn f = 0; void setup(){ delay(5); f(); } void loop(){}`);
    uno.runMs(50);
    expect(uno.crash?.kind).toBe('unexpected-reset');
  });

  it('treats a watchdog reset as intended, not as a crash', async () => {
    const uno = await boot(`#include <avr/wdt.h>\nvoid setup(){Serial.begin(115200);Serial.println("boot");wdt_enable(WDTO_15MS);} void loop(){}`);
    const out = serialOf(uno);
    uno.runMs(100);
    expect(uno.crash).toBeNull();
    expect(uno.watchdogResets).toBeGreaterThanOrEqual(2);
    expect(out().split('boot').length - 1).toBeGreaterThanOrEqual(2);
  });
});
