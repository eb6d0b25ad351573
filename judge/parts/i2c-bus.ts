import type { TWIEventHandler } from 'avr8js';
import type { Uno } from '../board/uno.ts';

/** A device on the I²C bus (A4 = SDA, A5 = SCL), addressed by its 7-bit address. */
export interface I2cDevice {
  readonly address: number;
  /** A master addressed us; `read` is the R/W bit. */
  begin?(read: boolean): void;
  /** A byte from the master; return true to ACK. */
  write(byte: number): boolean;
  /** The master reads a byte from us. */
  read(): number;
  /** STOP (or a repeated START to another transfer). */
  end?(): void;
}

const buses = new WeakMap<Uno, I2cBus>();

/**
 * The board's I²C bus: one TWI event handler for avr8js that routes each transfer to the device with
 * the addressed 7-bit address (nobody there → NACK, as `Wire.endTransmission()` reports with 2).
 * Every step completes after the time it takes on the wire at the sketch's SCL rate (9 clocks per
 * byte: 90 µs at Wire's 100 kHz), so I²C costs a sketch the time it costs on hardware.
 */
export class I2cBus implements TWIEventHandler {
  private readonly devices = new Map<number, I2cDevice>();
  private selected: I2cDevice | null = null;

  static of(board: Uno): I2cBus {
    let bus = buses.get(board);
    if (!bus) {
      bus = new I2cBus(board);
      buses.set(board, bus);
      board.twi.eventHandler = bus;
    }
    return bus;
  }

  private constructor(private readonly board: Uno) {}

  /** Adds a device; returns a function that removes it. Two devices on one address is an error. */
  attach(device: I2cDevice): () => void {
    const taken = this.devices.get(device.address);
    if (taken) throw new Error(`Two I²C devices at address 0x${device.address.toString(16)}`);
    this.devices.set(device.address, device);
    return () => {
      if (this.devices.get(device.address) === device) this.devices.delete(device.address);
    };
  }

  start(_repeated: boolean): void {
    this.release();
    this.after(1, () => this.board.twi.completeStart());
  }
  stop(): void {
    this.release();
    this.after(1, () => this.board.twi.completeStop());
  }
  connectToSlave(address: number, write: boolean): void {
    const device = this.devices.get(address) ?? null;
    this.selected = device;
    device?.begin?.(!write);
    this.after(9, () => this.board.twi.completeConnect(device !== null));
  }
  writeByte(value: number): void {
    const ack = this.selected ? this.selected.write(value) : false;
    this.after(9, () => this.board.twi.completeWrite(ack));
  }
  readByte(_ack: boolean): void {
    const value = this.selected ? this.selected.read() & 0xff : 0xff;
    this.after(9, () => this.board.twi.completeRead(value));
  }

  private release(): void {
    this.selected?.end?.();
    this.selected = null;
  }

  private after(sclClocks: number, fn: () => void): void {
    const hz = this.board.twi.sclFrequency;
    const cycles = Number.isFinite(hz) && hz > 0 ? (sclClocks * this.board.frequency) / hz : 1;
    this.board.schedule(cycles, fn);
  }
}
