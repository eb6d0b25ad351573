import {
  AVRADC, AVRClock, AVREEPROM, AVRIOPort, AVRSPI, AVRTWI, AVRUSART, AVRWatchdog, CPU,
  EEPROMMemoryBackend, PinState, adcConfig, clockConfig, eepromConfig, portBConfig, portCConfig,
  portDConfig, spiConfig, timer0Config, timer1Config, timer2Config, twiConfig, usart0Config, watchdogConfig,
} from 'avr8js';
import { LazyTimer } from './lazy-timer.ts';
import { createEngine, type CrashKind, type EngineName, type ExecutionEngine } from './engine.ts';
import './engines/reference.ts';
import './engines/fast.ts';
import { PINS, PIN_NAMES, PORT_PINS, parsePin, type AnalogPinName, type PinName, type PortName } from './pins.ts';
import { describeCrash, type Crash } from './crash.ts';

/** Electrical level seen on a pin: what the MCU drives, or what the outside world drives into it. */
export type Level = 0 | 1;
/** What a part drives into a pin: a level, or nothing (high impedance). */
export type Drive = Level | 'float';

export type PinListener = (level: Level, cycle: number) => void;
export type SerialListener = (byte: number, cycle: number) => void;

export interface UnoOptions {
  engine?: EngineName;
  /** Lowest legal stack pointer (from the ELF's `__heap_start`); enables stack-overflow detection. */
  stackLimit?: number;
  /** Number of flash words holding the program (defaults to the last non-0xFFFF word + 1). */
  programWords?: number;
  /** Initial EEPROM content (1024 bytes; erased EEPROM reads 0xFF). */
  eeprom?: Uint8Array;
}

export const CLOCK_HZ = 16_000_000;
export const SRAM_BYTES = 2048;
export const EEPROM_BYTES = 1024;

/**
 * An Arduino Uno (ATmega328P at 16 MHz) on avr8js. Runs anywhere (Node worker threads and the
 * browser's Web Worker): no Node APIs here. Parts talk to it through pin levels, the ADC and the
 * serial port; everything is timed in CPU cycles so a run is exactly reproducible.
 */
export class Uno {
  // A watchdog reset rebuilds the chip (avr8js cannot reset its peripherals), so these are replaced
  // then; parts must go through the board's methods rather than keep references to them.
  cpu!: CPU;
  ports!: Readonly<Record<PortName, AVRIOPort>>;
  timer0!: LazyTimer;
  /** Bumped whenever a peripheral adds or removes a memory hook after construction (the engine's proofs depend on the set). */
  private hooksVersion = 0;
  timer1!: LazyTimer;
  timer2!: LazyTimer;
  usart!: AVRUSART;
  adc!: AVRADC;
  eeprom!: AVREEPROM;
  clock!: AVRClock;
  watchdog!: AVRWatchdog;
  spi!: AVRSPI;
  twi!: AVRTWI;
  engine!: ExecutionEngine;
  /** EEPROM survives resets, as on the chip. */
  readonly eepromBackend: EEPROMMemoryBackend;
  readonly frequency = CLOCK_HZ;

  crash: Crash | null = null;
  /** Number of resets caused by the watchdog (an expected reset, not a crash). */
  watchdogResets = 0;

  private stopRequested = false;
  private readonly drives = new Map<PinName, Drive>();
  private readonly levels = new Map<PinName, Level>();
  private readonly pinListeners = new Map<PinName, PinListener[]>();
  private readonly anyPinListeners: ((pin: PinName, level: Level, cycle: number) => void)[] = [];
  private readonly txListeners: SerialListener[] = [];
  private readonly rxListeners: SerialListener[] = [];
  private readonly rxQueue: number[] = [];
  private readonly analogVolts = new Float64Array(8);
  private rebuildPending = false;
  private readonly scheduled = new Set<ScheduledEvent>();

  constructor(
    private readonly program: Uint16Array,
    private readonly options: UnoOptions = {},
  ) {
    this.eepromBackend = new EEPROMMemoryBackend(EEPROM_BYTES);
    if (options.eeprom) this.eepromBackend.memory.set(options.eeprom.subarray(0, EEPROM_BYTES));
    for (const name of PIN_NAMES) {
      this.drives.set(name, 'float');
      this.levels.set(name, 0);
    }
    this.build(0);
  }

  /** Creates the chip: CPU, peripherals, engine. Called at power-on and after a watchdog reset. */
  private build(startCycle: number): void {
    const previousTwi = this.twi?.eventHandler;
    const cpu = (this.cpu = new CPU(this.program, SRAM_BYTES));
    cpu.cycles = startCycle;
    this.ports = {
      B: new AVRIOPort(cpu, portBConfig),
      C: new AVRIOPort(cpu, portCConfig),
      D: new AVRIOPort(cpu, portDConfig),
    };
    // Lazy timers wake the CPU only at their observable moments instead of every tick (lazy-timer.ts).
    const hooksChanged = (): void => void this.hooksVersion++;
    this.timer0 = new LazyTimer(cpu, timer0Config, hooksChanged);
    this.timer1 = new LazyTimer(cpu, timer1Config, hooksChanged);
    this.timer2 = new LazyTimer(cpu, timer2Config, hooksChanged);
    this.usart = new AVRUSART(cpu, usart0Config, CLOCK_HZ);
    this.adc = new AVRADC(cpu, adcConfig);
    this.eeprom = new AVREEPROM(cpu, this.eepromBackend, eepromConfig);
    this.clock = new AVRClock(cpu, CLOCK_HZ, clockConfig);
    this.watchdog = new AVRWatchdog(cpu, watchdogConfig, this.clock);
    this.spi = new AVRSPI(cpu, spiConfig, CLOCK_HZ);
    this.twi = new AVRTWI(cpu, twiConfig, CLOCK_HZ);
    if (previousTwi) this.twi.eventHandler = previousTwi;

    // The watchdog calls cpu.reset(); we let the engine return and rebuild the chip in runUntil.
    cpu.reset = () => {
      this.watchdogResets++;
      this.rebuildPending = true;
    };

    for (const port of ['B', 'C', 'D'] as const) {
      this.ports[port].addListener(() => this.refreshPort(port));
      this.refreshPort(port);
    }

    this.adc.avcc = 5;
    this.adc.onADCRead = (input) => {
      const channel = input.type === 0 ? input.channel : -1;
      const volts = channel >= 0 ? this.analogVolts[channel] : 0;
      const raw = Math.max(0, Math.min(1023, Math.round((volts / this.adc.avcc) * 1024)));
      cpu.addClockEvent(() => this.adc.completeADCRead(raw), this.adc.sampleCycles);
    };
    this.usart.onByteTransmit = (byte) => {
      for (const l of this.txListeners) l(byte, cpu.cycles);
    };
    this.usart.onRxComplete = () => this.pumpSerialInput();

    // Events scheduled by parts outlive a reset: move them onto the new CPU.
    for (const event of this.scheduled) this.arm(event);

    const stackLimit = this.options.stackLimit ?? 0;
    this.engine = createEngine(this.options.engine ?? 'fast', {
      cpu,
      programWords: this.options.programWords ?? lastProgramWord(this.program) + 1,
      clockReaders: new Map([
        [timer0Config.TCNT, (cycle: number) => this.timer0.tcntAt(cycle)],
        [timer2Config.TCNT, (cycle: number) => this.timer2.tcntAt(cycle)],
      ]),
      hooksVersion: () => this.hooksVersion,
      halted: () => this.crash !== null || this.stopRequested || this.rebuildPending,
      guard: {
        // ELF data-space addresses carry the 0x800000 offset; the stack pointer does not.
        stackLimit: stackLimit >= 0x800000 ? stackLimit - 0x800000 : stackLimit,
        crash: (kind, pc) => this.onCrash(kind, pc),
      },
    });
  }

  /** Simulated time in microseconds / milliseconds. */
  get micros(): number {
    return this.cpu.cycles / (CLOCK_HZ / 1e6);
  }
  get millis(): number {
    return this.cpu.cycles / (CLOCK_HZ / 1e3);
  }
  get cycles(): number {
    return this.cpu.cycles;
  }
  get halted(): boolean {
    return this.crash !== null || this.stopRequested;
  }

  msToCycles(ms: number): number {
    return Math.round(ms * (CLOCK_HZ / 1000));
  }
  usToCycles(us: number): number {
    return Math.round(us * (CLOCK_HZ / 1e6));
  }

  /** Runs until the given absolute cycle (or a crash / stop). */
  runUntil(cycle: number): void {
    while (!this.halted && this.cpu.cycles < cycle) {
      this.engine.run(cycle);
      // Dormant timers (lazy-timer.ts) set their flags now, so memory is as stepping left it.
      this.timer0.catchUp();
      this.timer1.catchUp();
      this.timer2.catchUp();
      if (this.rebuildPending) {
        this.rebuildPending = false;
        this.build(this.cpu.cycles);
      }
    }
  }
  runCycles(cycles: number): void {
    this.runUntil(this.cpu.cycles + cycles);
  }
  runMs(ms: number): void {
    this.runCycles(this.msToCycles(ms));
  }
  /** Asks a running engine to return at the next instruction boundary (used by "run until event"). */
  stop(): void {
    this.stopRequested = true;
  }
  resume(): void {
    this.stopRequested = false;
  }

  /** Calls `fn` after `delayCycles` of simulated time. Returns a cancel function. */
  schedule(delayCycles: number, fn: () => void): () => void {
    const event: ScheduledEvent = { at: this.cpu.cycles + Math.max(1, Math.round(delayCycles)), fn, callback: null };
    this.scheduled.add(event);
    this.arm(event);
    return () => {
      this.scheduled.delete(event);
      if (event.callback) this.cpu.clearClockEvent(event.callback);
    };
  }
  private arm(event: ScheduledEvent): void {
    event.callback = this.cpu.addClockEvent(() => {
      this.scheduled.delete(event);
      event.fn();
    }, Math.max(1, event.at - this.cpu.cycles));
  }
  scheduleUs(us: number, fn: () => void): () => void {
    return this.schedule(this.usToCycles(us), fn);
  }

  // ── Pins ──────────────────────────────────────────────────────────────────────────

  /** Electrical level on a pin: the MCU's output if it drives it, else the part's drive, else pull-up. */
  level(pin: PinName | string | number): Level {
    return this.levels.get(parsePin(pin as string))!;
  }
  /** The MCU's view of the pin: output high/low, input, or input with pull-up. */
  mode(pin: PinName | string | number): 'output' | 'input' | 'input-pullup' {
    const p = PINS[parsePin(pin as string)];
    const state = this.ports[p.port].pinState(p.bit);
    return state === PinState.Input ? 'input' : state === PinState.InputPullUp ? 'input-pullup' : 'output';
  }
  /** A part drives the pin (or releases it with 'float'). */
  drive(pin: PinName | string | number, drive: Drive): void {
    const name = parsePin(pin as string);
    if (this.drives.get(name) === drive) return;
    this.drives.set(name, drive);
    this.refreshPort(PINS[name].port);
  }
  /** Voltage on an analog pin (0–5 V), read by `analogRead`. */
  setAnalogVolts(pin: AnalogPinName | string, volts: number): void {
    const info = PINS[parsePin(pin)];
    if (info.adcChannel === undefined) throw new Error(`${info.name} is not an analog input`);
    this.analogVolts[info.adcChannel] = Math.max(0, Math.min(5, volts));
  }
  /** Subscribes to level changes of one pin. Returns an unsubscribe function. */
  onPinChange(pin: PinName | string | number, listener: PinListener): () => void {
    const name = parsePin(pin as string);
    const list = this.pinListeners.get(name) ?? [];
    list.push(listener);
    this.pinListeners.set(name, list);
    return () => {
      const i = list.indexOf(listener);
      if (i >= 0) list.splice(i, 1);
    };
  }
  onAnyPinChange(listener: (pin: PinName, level: Level, cycle: number) => void): void {
    this.anyPinListeners.push(listener);
  }

  private refreshPort(port: PortName): void {
    const gpio = this.ports[port];
    const cycle = this.cpu.cycles;
    const gpioState = gpio as unknown as { pinValue: number };
    let pinRegisterUpdated = false;
    for (const info of PORT_PINS[port]) {
      const name = info.name;
      const state = gpio.pinState(info.bit);
      const drive = this.drives.get(name)!;
      let level: Level;
      if (state === PinState.High) level = 1;
      else if (state === PinState.Low) level = 0;
      else if (drive !== 'float') level = drive;
      else level = state === PinState.InputPullUp ? 1 : 0;
      // What the PIN register reads when the pin is an input.
      const inputLevel = drive !== 'float' ? drive === 1 : state === PinState.InputPullUp;
      if (state === PinState.Input || state === PinState.InputPullUp) {
        // setPin also brings the PIN register up to the port's outputs (and raises pin-change
        // interrupts): once per refresh that is done, an input bit already at its level needs nothing.
        if (!pinRegisterUpdated || ((gpioState.pinValue >> info.bit) & 1) !== Number(inputLevel)) {
          gpio.setPin(info.bit, inputLevel);
          pinRegisterUpdated = true;
        }
      }
      if (this.levels.get(name) !== level) {
        this.levels.set(name, level);
        const list = this.pinListeners.get(name);
        if (list) for (const l of [...list]) l(level, cycle);
        for (const l of this.anyPinListeners) l(name, level, cycle);
      }
    }
  }

  // ── Serial (USART0 on D0/D1) ──────────────────────────────────────────────────────

  onSerialTransmit(listener: SerialListener): void {
    this.txListeners.push(listener);
  }
  onSerialReceive(listener: SerialListener): void {
    this.rxListeners.push(listener);
  }
  /** Queues bytes to arrive on RX at the configured baud rate, one after another, like a terminal. */
  serialWrite(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const idle = this.rxQueue.length === 0 && !this.usart.rxBusy;
    this.rxQueue.push(...bytes);
    if (idle) this.pumpSerialInput();
  }
  get serialInputPending(): number {
    return this.rxQueue.length;
  }
  private pumpSerialInput(): void {
    if (this.rxQueue.length === 0 || this.usart.rxBusy) return;
    const byte = this.rxQueue[0];
    if (this.usart.writeByte(byte)) {
      this.rxQueue.shift();
      for (const l of this.rxListeners) l(byte, this.cpu.cycles);
    } else {
      // Receiver not enabled yet (before Serial.begin): the byte is lost on a real Uno too, but a
      // terminal user would retype it, so we keep it and retry every millisecond.
      this.schedule(this.msToCycles(1), () => this.pumpSerialInput());
    }
  }

  // ── Crashes ───────────────────────────────────────────────────────────────────────

  private onCrash(kind: CrashKind, pc: number): void {
    if (kind === 'unexpected-reset' && this.rebuildPending) return;
    if (this.crash) return;
    this.crash = describeCrash(kind, pc * 2, this.cpu.cycles);
  }
}

interface ScheduledEvent {
  at: number;
  fn: () => void;
  callback: (() => void) | null;
}

function lastProgramWord(program: Uint16Array): number {
  for (let i = program.length - 1; i >= 0; i--) if (program[i] !== 0xffff) return i;
  return 0;
}

export { PINS, PIN_NAMES, parsePin };
export type { PinName, AnalogPinName };
