import type { CPU } from 'avr8js';
import { isValidOpcode } from '../../opcodes.ts';
import { templateFor, twoWord } from './compile.ts';
import type { InstructionTemplate } from './template.ts';

/**
 * One pass around a loop, interpreted for a whole family of machine states at once (the proof
 * behind docs/fast-engine.md's "clock waits"; clock-wait.ts decides what to do with it).
 *
 * A *shadow* runs the pass concretely on a copy of the data space with avr8js's own instruction
 * bodies (the generated templates), from the state S the loop head is in now: it fixes the path,
 * the cycles and every concrete value. Beside it each register, flag and memory cell the pass
 * touches carries an annotation saying for which states and times the shadow's value holds:
 *   null       for every state of the family and every clock value t in T
 *   SLICE      byte i of a wide value w(t) (below), t being the one clock byte the pass reads (TCNT0)
 *   UNKNOWN    depends on the cells in V (`u`: the unknown bits, `deps`: which cells of V)
 *   CARRY, RECOMPUTE   flags computed from t-dependent values
 * The family is "S with the cells of V holding anything"; T is an interval of clock values
 * [t0, hi]. Where a branch, a skip, an address or an instruction without a rule here needs a
 * t-dependent value, T shrinks to the values for which it is the shadow's, so the shadow's path
 * is the path for all of T. Where one needs an Unknown value, the proof fails.
 *
 * Multi-byte arithmetic stays exact through *chains*: `sub; sbc; sbc; sbc` on bytes of the same
 * wide values computes byte j of x − y − cin whatever borrows the bytes pass on, so
 * `micros() - start >= 1000` costs one threshold on t at the final branch rather than a split at
 * every byte's carry.
 */

/**
 * w(t) = a + b·t + Σ coefficient · (input byte at cell): the terms are *parameters*, input bytes
 * that reach the clock arithmetic only as data (the start of a `delay()`, Timer0's overflow
 * count). A proof keeps them symbolic, so it can be replayed for other values of them (replay()).
 */
export interface Wide {
  readonly a: number;
  readonly b: number;
  /** [cell, coefficient, cell, coefficient, …] or undefined. */
  readonly p?: readonly number[];
}

/** The data space parameters are read from (the state a proof or a replay is about). */
let X: Uint8Array = new Uint8Array(0);
const konst = (w: Wide): number => {
  let a = w.a;
  const p = w.p;
  if (p) for (let i = 0; i < p.length; i += 2) a += p[i + 1] * X[p[i]];
  return a;
};
/** x ± y, with their terms merged. */
function combine(x: Wide, y: Wide, sign: number, cin: number): Wide {
  const a = x.a + sign * (y.a + cin);
  const b = x.b + sign * y.b;
  if (!x.p && !y.p) return { a, b };
  const terms = new Map<number, number>();
  for (const [w, s] of [[x, 1], [y, sign]] as const) {
    const q = w.p;
    if (q) for (let i = 0; i < q.length; i += 2) terms.set(q[i], (terms.get(q[i]) ?? 0) + s * q[i + 1]);
  }
  const p: number[] = [];
  for (const [cell, coefficient] of terms) if (coefficient !== 0) p.push(cell, coefficient);
  return p.length ? { a, b, p } : { a, b };
}
const cellsOf = (w: Wide): readonly number[] => {
  const out: number[] = [];
  if (w.p) for (let i = 0; i < w.p.length; i += 2) out.push(w.p[i]);
  return out;
};

const SLICE = 1;
const UNKNOWN = 2;
const CARRY = 3;
const RECOMPUTE = 4;

/**
 * An annotation (null: constant for the whole family and all of T). One shape for every kind, so
 * that the interpreter's property accesses stay monomorphic:
 *   SLICE      byte i of w(t)
 *   UNKNOWN    bits u depend on the cells of V in deps (registers, cells and flags)
 *   CARRY      a flag: the carry or borrow out of byte j of a chain
 *   RECOMPUTE  a flag: avr8js's body re-run with its inputs at t
 */
export class Ann {
  constructor(
    readonly k: number,
    readonly w: Wide | null,
    readonly i: number,
    readonly u: number,
    readonly deps: number,
    readonly chain: Chain | null,
    readonly rc: Recompute | null,
  ) {}
  static slice(w: Wide, i: number): Ann {
    return new Ann(SLICE, w, i, 0, 0, null, null);
  }
  static unknown(u: number, deps: number): Ann {
    return new Ann(UNKNOWN, null, 0, u, deps, null, null);
  }
}
type A = Ann | null;

/** Carry (add) or borrow (sub) out of byte j of x ± (y + cin). */
interface Chain {
  readonly sign: number;
  readonly x: Wide;
  readonly y: Wide;
  readonly cin: number;
  readonly j: number;
  readonly r: Wide;
}
/** A flag of an instruction with t-dependent inputs: avr8js's body re-run at t. */
interface Recompute {
  readonly opcode: number;
  readonly exec: Exec;
  readonly d: number;
  readonly r: number;
  readonly a: A;
  readonly b: A;
  readonly aValue: number;
  readonly bValue: number;
  readonly carry: A;
  readonly zero: A;
  readonly sreg: number;
}

/** Thrown when a pass cannot be proven; `soft` ones say nothing about the loop (a deadline, a wrap). */
export class Abort {
  constructor(
    readonly reason: string,
    readonly soft = false,
  ) {}
}

const isSlice = (a: A): boolean => a !== null && a.k === SLICE;
const isUnknown = (a: A): boolean => a !== null && a.k === UNKNOWN;

/** PLACE[i] for the bytes of a chain (up to 8). */
const PLACE = [1, 2 ** 8, 2 ** 16, 2 ** 24, 2 ** 32, 2 ** 40, 2 ** 48, 2 ** 56, 2 ** 64];
const at = (w: Wide, t: number): number => konst(w) + w.b * t;
export const mod = (x: number, m: number): number => (x >= 0 ? x % m : ((x % m) + m) % m);
/**
 * mod(x, p) for a power of two p without the floating-point remainder, which V8 leaves to a
 * library call. x / p, its floor and their product are exact for a power of two, and so is the
 * difference when it is below p: then it is mod's value. (It can round up to p itself for a tiny
 * negative fraction x, where mod rounds to 0; that case, and p > 2^52, go to mod.)
 */
export function modPow2(x: number, p: number): number {
  if (p > 2 ** 52) return mod(x, p);
  const r = x - Math.floor(x / p) * p;
  return r < p ? r : mod(x, p);
}
const byteOf = (w: Wide, i: number, t: number): number => mod(Math.floor(at(w, t) / PLACE[i]), 256);

/** Carry or borrow out of byte j of the chain at t. */
function carryOf(link: Chain, t: number): number {
  return carryAt(konst(link.x), link.x.b, konst(link.y), link.y.b, link.sign, link.cin, PLACE[link.j + 1], t);
}

/**
 * carryOf with the chain's operands as numbers: x(t) = kx + bx·t and y(t) = ky + by·t, the
 * carry (sign > 0) or borrow out of their low bytes below place p.
 */
function carryAt(kx: number, bx: number, ky: number, by: number, sign: number, cin: number, p: number, t: number): number {
  const x = modPow2(kx + bx * t, p);
  const y = modPow2(ky + by * t, p);
  return sign > 0 ? (x + y + cin >= p ? 1 : 0) : x < y + cin ? 1 : 0;
}

/** Last t ≥ from (at most hi) with floor(w(t) / p) as at `from`. */
function floorEnd(w: Wide, p: number, from: number, hi: number): number {
  return floorEndAt(konst(w), w.b, p, from, hi);
}

/** floorEnd for w(t) = k + b·t. */
function floorEndAt(k: number, b: number, p: number, from: number, hi: number): number {
  if (b === 0) return hi;
  const q = Math.floor((k + b * from) / p);
  const end = b > 0 ? Math.floor(((q + 1) * p - 1 - k) / b) : Math.floor((k - q * p) / -b);
  return Math.min(hi, Math.max(from, end));
}

/** Last t ≥ from (at most hi) up to which the chain's carry keeps the value `want` it has at from. */
function carryEnd(link: Chain, want: number, from: number, hi: number): number {
  return carryEndAt(konst(link.x), link.x.b, konst(link.y), link.y.b, link.sign, link.cin, PLACE[link.j + 1], want, from, hi);
}

/** carryEnd with the chain's operands as numbers (see carryAt). */
function carryEndAt(kx: number, bx: number, ky: number, by: number, sign: number, cin: number, p: number, want: number, from: number, hi: number): number {
  // Piecewise monotone: within a stretch where floor(x / p) and floor(y / p) hold, the carry is a
  // threshold on an affine function of t, so its first change is found by bisection.
  for (let start = from; start <= hi; ) {
    const end = Math.min(floorEndAt(kx, bx, p, start, hi), floorEndAt(ky, by, p, start, hi));
    if (carryAt(kx, bx, ky, by, sign, cin, p, end) !== want) {
      if (carryAt(kx, bx, ky, by, sign, cin, p, start) !== want) return start - 1;
      let lo = start; // same
      let up = end; // differs
      while (up - lo > 1) {
        const mid = (lo + up) >> 1;
        if (carryAt(kx, bx, ky, by, sign, cin, p, mid) === want) lo = mid;
        else up = mid;
      }
      return lo;
    }
    start = end + 1;
  }
  return hi;
}

const floorConstantOn = (w: Wide, p: number, t0: number, hi: number): boolean =>
  w.b === 0 || Math.floor(at(w, t0) / p) === Math.floor(at(w, hi) / p);

/**
 * What a proof did with the clock interval, step by step, so that it can be re-done for another
 * clock value and other parameter values: the same steps with the same outcomes mean the same path.
 */
type ReplayStep =
  | { readonly kind: 'floor'; readonly w: Wide; readonly p: number; readonly expect: boolean }
  | { readonly kind: 'byte'; readonly w: Wide; readonly j: number; readonly q: number }
  | { readonly kind: 'keep'; readonly w: Wide; readonly p: number; readonly q: number }
  | { readonly kind: 'carry'; readonly link: Chain; readonly want: number };

/** replay(): a branch the proof relies on goes the other way at this clock value. */
export const DECISION_FLIPS = -2;

const FLOOR = 0;
const BYTE = 1;
const KEEP = 2;
const CARRY_STEP = 3;
/** Numbers per step in a plan: kind, wide x, wide y, place, expected value, sign, carry in. */
const STRIDE = 7;

/**
 * A proof's replay steps over numbered wide values, made once per proof: a replay works out each
 * wide value's constant part (its parameters at their new values) once, not at every step that
 * reads it — the steps of `micros() - start >= 1000` read the same two values sixteen times.
 */
export interface ReplayPlan {
  /** Per wide value: a, b, and its terms cells[from[i]..from[i + 1]) with their coefficients. */
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly from: Int32Array;
  readonly cells: Int32Array;
  readonly coefficients: Float64Array;
  /** STRIDE numbers per step. */
  readonly ops: Float64Array;
  /** The constant parts for the state being replayed (scratch). */
  readonly k: Float64Array;
  /** The parameter cells the steps read, each once. */
  readonly params: Int32Array;
}

export function replayPlan(steps: readonly ReplayStep[]): ReplayPlan {
  const wides: Wide[] = [];
  const index = new Map<Wide, number>();
  const number = (w: Wide): number => {
    let i = index.get(w);
    if (i === undefined) index.set(w, (i = wides.push(w) - 1));
    return i;
  };
  const ops = new Float64Array(steps.length * STRIDE);
  steps.forEach((s, n) => {
    const o = n * STRIDE;
    switch (s.kind) {
      case 'floor':
        ops.set([FLOOR, number(s.w), 0, s.p, s.expect ? 1 : 0, 0, 0], o);
        break;
      case 'byte':
        ops.set([BYTE, number(s.w), 0, PLACE[s.j], s.q, 0, 0], o);
        break;
      case 'keep':
        ops.set([KEEP, number(s.w), 0, s.p, s.q, 0, 0], o);
        break;
      case 'carry':
        ops.set([CARRY_STEP, number(s.link.x), number(s.link.y), PLACE[s.link.j + 1], s.want, s.link.sign, s.link.cin], o);
        break;
    }
  });
  const from = new Int32Array(wides.length + 1);
  const cells: number[] = [];
  const coefficients: number[] = [];
  wides.forEach((w, i) => {
    const p = w.p ?? [];
    for (let j = 0; j < p.length; j += 2) cells.push(p[j]), coefficients.push(p[j + 1]);
    from[i + 1] = cells.length;
  });
  return {
    a: Float64Array.from(wides, (w) => w.a),
    b: Float64Array.from(wides, (w) => w.b),
    from,
    cells: Int32Array.from(cells),
    coefficients: Float64Array.from(coefficients),
    ops,
    k: new Float64Array(wides.length),
    params: Int32Array.from(new Set(cells)),
  };
}

/**
 * Re-does a proof's steps at clock value t0 on `data` (its parameters' new values): the end of
 * the clock interval; DECISION_FLIPS if a branch goes the other way now; -1 if another step comes
 * out differently (the proof says nothing about this state).
 */
export function replay(plan: ReplayPlan, data: Uint8Array, t0: number): number {
  const { a, b, from, cells, coefficients, ops, k } = plan;
  // konst() of every wide value, summed in its order.
  for (let i = 0; i < k.length; i++) {
    let v = a[i];
    for (let j = from[i]; j < from[i + 1]; j++) v += coefficients[j] * data[cells[j]];
    k[i] = v;
  }
  let hi = 255;
  for (let o = 0; o < ops.length; o += STRIDE) {
    const x = ops[o + 1];
    const p = ops[o + 3];
    const value = ops[o + 4];
    const kx = k[x];
    const bx = b[x];
    switch (ops[o]) {
      case FLOOR:
        if ((bx === 0 || Math.floor((kx + bx * t0) / p) === Math.floor((kx + bx * hi) / p)) !== (value === 1)) return -1;
        break;
      case BYTE:
        if (modPow2(Math.floor((kx + bx * t0) / p), 256) !== value) return -1;
        break;
      case KEEP:
        if (Math.floor((kx + bx * t0) / p) !== value) return -1;
        hi = Math.min(hi, floorEndAt(kx, bx, p, t0, hi));
        break;
      default: {
        const y = ops[o + 2];
        const sign = ops[o + 5];
        const cin = ops[o + 6];
        if (carryAt(kx, bx, k[y], b[y], sign, cin, p, t0) !== value) return DECISION_FLIPS;
        hi = Math.min(hi, carryEndAt(kx, bx, k[y], b[y], sign, cin, p, value, t0, hi));
      }
    }
  }
  return hi;
}

const CHAIN = new Set(['ADD', 'ADC', 'SUB', 'SBC', 'SUBI', 'SBCI', 'CP', 'CPC', 'CPI']);
const CARRY_IN = new Set(['ADC', 'SBC', 'SBCI', 'CPC', 'ROR']);
const ZERO_IN = new Set(['SBC', 'SBCI', 'CPC']);
const NO_WRITE = new Set(['CP', 'CPC', 'CPI']);
/** SREG bits each ALU instruction writes: those its avr8js body does not keep (the spec checks). */
export const FLAGS_WRITTEN: Readonly<Record<string, number>> = {
  ADD: 0x3f, ADC: 0x3f, SUB: 0x3f, SBC: 0x3f, SUBI: 0x3f, SBCI: 0x3f, CP: 0x3f, CPC: 0x3f, CPI: 0x3f, NEG: 0x3f,
  AND: 0x1e, ANDI: 0x1e, OR: 0x1e, SBR: 0x1e, EOR: 0x1e, INC: 0x1e, DEC: 0x1e,
  COM: 0x1f, LSR: 0x1f, ROR: 0x1f, ASR: 0x1f, ADIW: 0x1f, SBIW: 0x1f, MOV: 0, MOVW: 0, SWAP: 0, LDI: 0,
};
const TWO_REG = new Set(['ADD', 'ADC', 'SUB', 'SBC', 'CP', 'CPC', 'AND', 'OR', 'EOR', 'MOV']);
const IMMEDIATE = new Set(['SUBI', 'SBCI', 'CPI', 'ANDI', 'SBR', 'LDI']);
const WORD = new Set(['ADIW', 'SBIW']);

type Exec = (data: Uint8Array, dv: DataView, opcode: number, pc: number, c: number, st: Float64Array) => void;
type ExecFactory = (...bindings: unknown[]) => Exec;
const execFactories = new Map<string, ExecFactory>();

/** avr8js's body for one instruction, as a function over any data space. */
function execFactory(t: InstructionTemplate): ExecFactory {
  let make = execFactories.get(t.name);
  if (!make) {
    make = new Function(
      'pm', 'readHooks', 'writeHooks', 'twoWord', 'rdh', 'wrh', 'cpu',
      `"use strict"; return function ${t.name.replace(/\W/g, "_")}(data, dv, opcode, pc, c, st) { let dl = 1e18, ra = 0, rv = 0, wa = 0, wv = 0;\n{ ${t.body} }\nst[0] = pc; st[1] = c; };`,
    ) as ExecFactory;
    execFactories.set(t.name, make);
  }
  return make;
}

/** The value a read of a timer counter at `cycle` returns, if that can be known now. */
export type ClockReader = (cycle: number) => number | undefined;

/** Cells that vary from pass to pass, with their varying bits (SREG's flags are SREG_BIT + bit). */
export type Variants = Map<number, number>;
export const SREG_BIT = 0x1000;

export interface PassResult {
  /** Cycles of one pass. */
  readonly length: number;
  /** Cycles from the pass's start to its clock read (-1: it reads no clock). */
  readonly readAt: number;
  readonly clock: number;
  /** Clock values for which the path is the shadow's: [t0, hi]. */
  readonly t0: number;
  readonly hi: number;
  /** Cells (and bits) the pass changes or computes from the clock. */
  readonly changed: Variants;
  /** For each cell of V written: the cells of V (bit mask of their indices) its new value depends on. */
  readonly outDeps: Map<number, number>;
  /** Cells read that are not in V or parameters, with the bits read: what the proof depends on. */
  readonly footprint: Map<number, number>;
  /** What the proof did with T, to re-do for other parameter values (null: it cannot be replayed). */
  readonly steps: readonly ReplayStep[] | null;
}

export class PassInterpreter {
  private readonly shadow: Uint8Array;
  private readonly dv: DataView;
  private readonly st = new Float64Array(2);
  private readonly mini = new Uint8Array(256);
  private readonly miniDv = new DataView(this.mini.buffer);
  private readonly fakeCpu = { cycles: 0 };
  private readonly execs = new Map<string, Exec>();
  /** Per flash word: its template and avr8js body (decoded once). */
  private readonly decoded: (InstructionTemplate | undefined)[] = [];
  private readonly bodies: (Exec | undefined)[] = [];
  /** The pcs of the last pass, when recording. */
  path: number[] = [];
  /** avr8js's body of the instruction being interpreted. */
  private current: Exec = () => {};
  private readonly bindings: unknown[];

  // State of the pass being interpreted.
  private v: Variants = new Map();
  /** Index in V of each cell (-1: not in V); SREG's flags at SREG_BIT + bit. */
  private readonly vIndex = new Int8Array(SREG_BIT + 8).fill(-1);
  private vCells: number[] = [];
  private start = 0;
  private clock = -1;
  private readAt = -1;
  private t0 = 0;
  private hi = 0;
  private readonly regs: A[] = new Array<A>(32).fill(null);
  private regSeen = 0;
  private readonly flags: A[] = new Array(8).fill(null);
  private flagSeen = 0;
  private cells = new Map<number, A>();
  private footprint = new Map<number, number>();
  private regWritten = 0;
  private flagWritten = 0;
  private cellsWritten = new Set<number>();
  /** Input bytes read as parameters, and those a step pinned to their value (part of the footprint then). */
  private params = new Set<number>();
  private pinned = new Set<number>();
  private steps: ReplayStep[] = [];
  private replayable = true;

  constructor(
    private readonly cpu: CPU,
    private readonly readers: ReadonlyMap<number, ClockReader>,
    /** Flash words that hold the program: executing beyond them is a crash. */
    private readonly programWords: number,
    /** Lowest SP the reference loop accepts (0: none). */
    private readonly stackLimit: number,
    private readonly maxSteps = 512,
    /** Keep the pcs of the last pass in `path` (for the spec). */
    private readonly recordPath = false,
  ) {
    this.shadow = new Uint8Array(cpu.data.length);
    this.dv = new DataView(this.shadow.buffer);
    const rdh = (addr: number, c: number): number => this.clockRead(addr, c);
    const wrh = (addr: number): never => {
      throw new Abort(`write hook at 0x${addr.toString(16)}`);
    };
    this.bindings = [cpu.progMem, cpu.readHooks, cpu.writeHooks, twoWord, rdh, wrh, this.fakeCpu];
  }

  /**
   * Interprets one pass from `head` at `cycles`, for the states "cpu.data with the cells of v
   * holding anything". Throws Abort when it cannot be proven the same for all of them.
   */
  pass(head: number, cycles: number, v: Variants): PassResult {
    const { cpu, shadow, st } = this;
    const pm = cpu.progMem;
    const len = pm.length;
    this.reset(v, cycles);
    shadow.set(cpu.data);
    X = cpu.data;
    let pc = head;
    let c = cycles;
    if (this.recordPath) this.path = [];
    for (let steps = 0; pc !== head || steps === 0; steps++) {
      if (this.recordPath) this.path.push(pc);
      if (steps > this.maxSteps) throw new Abort('pass too long');
      const opcode = pm[pc];
      // Where the reference loop would report a crash, the engine must step there itself.
      if (!(pc < this.programWords) || !isValidOpcode(opcode)) throw new Abort('crash ahead');
      let t = this.decoded[pc];
      if (t === undefined) {
        t = this.decoded[pc] = templateFor(opcode);
        this.bodies[pc] = this.exec(t);
      }
      this.current = this.bodies[pc]!;
      this.step(t.name, opcode, pc);
      this.fakeCpu.cycles = c;
      this.bodies[pc]!(shadow, this.dv, opcode, pc, c, st);
      pc = (st[0] + 1) % len;
      c = st[1] + 1;
      if (pc === 0) throw new Abort('reset');
      if (this.stackLimit && (shadow[93] | (shadow[94] << 8)) < this.stackLimit) throw new Abort('stack low');
      if (CHAIN.has(t.name)) this.verify(t.name, opcode);
    }
    return this.result(c - cycles);
  }

  private reset(v: Variants, cycles: number): void {
    this.v = v;
    for (const cell of this.vCells) this.vIndex[cell] = -1;
    this.vCells = [...v.keys()];
    if (this.vCells.length > 30) throw new Abort('too many varying cells');
    this.vCells.forEach((cell, k) => (this.vIndex[cell] = k));
    this.start = cycles;
    this.clock = -1;
    this.readAt = -1;
    this.t0 = 0;
    this.hi = 0;
    this.regSeen = 0;
    this.flagSeen = 0;
    this.cells = new Map();
    this.footprint = new Map();
    this.regWritten = 0;
    this.flagWritten = 0;
    this.cellsWritten = new Set();
    this.params = new Set();
    this.pinned = new Set();
    this.steps = [];
    this.replayable = true;
  }

  private exec(t: InstructionTemplate): Exec {
    let e = this.execs.get(t.name);
    if (!e) {
      e = execFactory(t)(...this.bindings);
      this.execs.set(t.name, e);
    }
    return e;
  }

  private clockRead(addr: number, c: number): number {
    const reader = this.readers.get(addr);
    if (!reader) throw new Abort(`read hook at 0x${addr.toString(16)}`);
    if (this.clock >= 0) throw new Abort('second clock read');
    const value = reader(c);
    if (value === undefined) throw new Abort('clock not predictable', true);
    this.clock = addr;
    this.readAt = c - this.start;
    this.t0 = value;
    this.hi = 255;
    this.fakeCpu.cycles = c;
    this.shadow[addr] = value; // avr8js's TCNT read hook stores the value it returns
    return value;
  }

  // --- T ------------------------------------------------------------------------------------------

  private shrinkTo(h: number): void {
    if (h < this.hi) this.hi = Math.max(this.t0, h);
  }
  private floorConstant(w: Wide, p: number): boolean {
    if (w.b === 0 || this.clock < 0) return true;
    const expect = floorConstantOn(w, p, this.t0, this.hi);
    this.steps.push({ kind: 'floor', w, p, expect });
    return expect;
  }
  /** Fixes a wide value's parameters: the proof holds for their present values only. */
  private pin(w: Wide): void {
    for (const cell of cellsOf(w)) this.pinned.add(cell);
  }
  /** Pins a slice to its t0 value: T shrinks so that the byte (indeed floor(w / 256^i)) stays. */
  private keepSlice(a: Ann): void {
    const w = a.w!;
    this.pin(w);
    if (this.clock < 0 || w.b === 0) return;
    const p = PLACE[a.i];
    this.steps.push({ kind: 'keep', w, p, q: Math.floor(at(w, this.t0) / p) });
    this.shrinkTo(floorEnd(w, p, this.t0, this.hi));
  }
  /** Pins a lazy flag to its t0 value. */
  private keepFlag(f: Ann): void {
    const { t0 } = this;
    if (f.k === CARRY) {
      const link = f.chain!;
      const want = carryOf(link, t0);
      this.steps.push({ kind: 'carry', link, want });
      this.shrinkTo(carryEnd(link, want, t0, this.hi));
      return;
    }
    this.replayable = false; // a scan over avr8js's body: its inputs are this state's values
    const rc = f.rc!;
    const want = this.recompute(rc, f.i, t0);
    for (let t = t0 + 1; t <= this.hi; t++) {
      if (this.recompute(rc, f.i, t) !== want) {
        this.shrinkTo(t - 1);
        return;
      }
    }
  }

  private flagAt(f: A, constant: number, t: number): number {
    if (f === null || isUnknown(f)) return constant;
    return f.k === CARRY ? carryOf(f.chain!, t) : this.recompute(f.rc!, f.i, t);
  }

  private recompute(x: Recompute, bit: number, t: number): number {
    const { mini } = this;
    const A = x.a;
    const B = x.b;
    mini[x.d] = isSlice(A) ? byteOf(A!.w!, A!.i, t) : x.aValue;
    if (x.r >= 0 && x.r !== x.d) mini[x.r] = isSlice(B) ? byteOf(B!.w!, B!.i, t) : x.bValue;
    mini[95] = (x.sreg & ~3) | this.flagAt(x.carry, x.sreg & 1, t) | (this.flagAt(x.zero, (x.sreg >> 1) & 1, t) << 1);
    x.exec(mini, this.miniDv, x.opcode, 0, 0, this.st);
    return (mini[95] >> bit) & 1;
  }

  // --- annotations --------------------------------------------------------------------------------

  private inputAnn(cell: number, bits: number): A {
    const idx = this.vIndex[cell];
    if (idx < 0 && cell < SREG_BIT) {
      this.params.add(cell);
      return Ann.slice({ a: 0, b: 0, p: [cell, 1] }, 0);
    }
    const varying = idx < 0 ? 0 : this.v.get(cell)! & bits;
    const known = bits & ~varying;
    if (known) this.footprint.set(cell, (this.footprint.get(cell) ?? 0) | known);
    return varying ? Ann.unknown(varying, 1 << idx) : null;
  }
  private reg(r: number): A {
    if (!(this.regSeen & (1 << r))) {
      this.regs[r] = this.inputAnn(r, 0xff);
      this.regSeen |= 1 << r;
    }
    return this.regs[r];
  }
  private setReg(r: number, a: A): void {
    this.regs[r] = a;
    this.regSeen |= 1 << r;
    this.regWritten |= 1 << r;
  }
  private flag(b: number): A {
    if (!(this.flagSeen & (1 << b))) {
      this.flags[b] = this.inputAnn(SREG_BIT + b, 1);
      this.flagSeen |= 1 << b;
    }
    return this.flags[b];
  }
  private setFlag(b: number, a: A): void {
    this.flags[b] = a;
    this.flagSeen |= 1 << b;
    this.flagWritten |= 1 << b;
  }
  private cell(addr: number): A {
    if (addr < 32) return this.reg(addr);
    if (addr === 95) return this.sregAnn();
    let a: A | undefined = this.cells.get(addr);
    if (a === undefined) {
      a = this.inputAnn(addr, 0xff);
      this.cells.set(addr, a);
    }
    return a;
  }
  private setCell(addr: number, a: A): void {
    if (addr < 32) this.setReg(addr, a);
    else if (addr === 95) this.setSreg(a);
    else {
      this.cells.set(addr, a);
      this.cellsWritten.add(addr);
    }
  }
  /** SREG as a byte: lazy flags are pinned to t0; unknown ones stay unknown. */
  private sregAnn(): A {
    let u = 0;
    let deps = 0;
    for (let b = 0; b < 8; b++) {
      const f = this.flag(b);
      if (f === null) continue;
      if (isUnknown(f)) {
        u |= 1 << b;
        deps |= f.deps;
      } else {
        this.keepFlag(f);
        this.setFlag(b, null);
      }
    }
    return u ? Ann.unknown(u, deps) : null;
  }
  private setSreg(a: A): void {
    if (isSlice(a)) this.keepSlice(a!);
    for (let b = 0; b < 8; b++) this.setFlag(b, isUnknown(a) && a!.u & (1 << b) ? Ann.unknown(1, a!.deps) : null);
    // Whether an interrupt is taken must not depend on the state.
    if (isUnknown(this.flags[7])) throw new Abort('I flag varies');
  }
  /** The annotation made t-independent (T shrinks); Unknown bits in `need` end the proof. */
  private concrete(a: A, need: number): void {
    if (a === null) return;
    if (isSlice(a)) this.keepSlice(a);
    else if (a.u & need) throw new Abort('decision on a varying value');
  }
  private needFlag(b: number): void {
    const f = this.flag(b);
    if (f === null) return;
    if (isUnknown(f)) throw new Abort('decision on a varying flag');
    this.keepFlag(f);
    this.setFlag(b, null);
  }
  private sliceOf(w: Wide, i: number): A {
    if (w.p) {
      if (w.b !== 0) return Ann.slice(w, i); // stays symbolic in its parameters
      this.pin(w);
      return null;
    }
    if (!this.floorConstant(w, PLACE[i])) return Ann.slice(w, i);
    // A constant from here on: a replay must find the same byte, not just a constant one.
    if (w.b !== 0 && this.clock >= 0) this.steps.push({ kind: 'byte', w, j: i, q: byteOf(w, i, this.t0) });
    return null;
  }

  // --- instructions -------------------------------------------------------------------------------

  private step(name: string, opcode: number, pc: number): void {
    const d5 = (opcode & 0x1f0) >> 4;
    const pm = this.cpu.progMem;
    switch (name) {
      case 'NOP':
      case 'RJMP':
      case 'JMP':
        return;
      case 'LDI':
        this.setReg(((opcode & 0xf0) >> 4) + 16, null);
        return;
      case 'MOV':
        this.setReg(d5, this.reg((opcode & 0xf) | ((opcode & 0x200) >> 5)));
        return;
      case 'MOVW': {
        const d = ((opcode & 0xf0) >> 4) * 2;
        const r = (opcode & 0xf) * 2;
        const lo = this.reg(r);
        const hi = this.reg(r + 1);
        this.setReg(d, lo);
        this.setReg(d + 1, hi);
        return;
      }
      case 'BRBS':
      case 'BRBC':
        this.needFlag(opcode & 7);
        return;
      case 'SBRS':
      case 'SBRC':
        this.concrete(this.reg(d5), 1 << (opcode & 7));
        return;
      case 'CPSE':
        this.concrete(this.reg(d5), 0xff);
        this.concrete(this.reg((opcode & 0xf) | ((opcode & 0x200) >> 5)), 0xff);
        return;
      case 'SBIS':
      case 'SBIC': {
        const addr = ((opcode & 0xf8) >> 3) + 32;
        if (this.cpu.readHooks[addr] !== undefined) throw new Abort('skip on a hooked register');
        this.concrete(this.cell(addr), 1 << (opcode & 7));
        return;
      }
      case 'CALL':
      case 'RCALL': {
        const sp = this.stackPointer();
        this.setCell(sp, null);
        this.setCell(sp - 1, null);
        this.movedStack();
        return;
      }
      case 'RET': {
        const sp = this.stackPointer();
        this.concrete(this.cell(sp + 1), 0xff);
        this.concrete(this.cell(sp + 2), 0xff);
        this.movedStack();
        return;
      }
      case 'PUSH': {
        const sp = this.stackPointer();
        this.setCell(sp, this.reg(d5));
        this.movedStack();
        return;
      }
      case 'POP': {
        const sp = this.stackPointer();
        this.setReg(d5, this.cell(sp + 1));
        this.movedStack();
        return;
      }
      case 'IN':
      case 'LDS': {
        const addr = name === 'IN' ? ((opcode & 0xf) | ((opcode & 0x600) >> 5)) + 32 : pm[pc + 1];
        if (addr >= this.shadow.length) throw new Abort('address outside the data space');
        if (this.cpu.readHooks[addr] !== undefined) {
          if (!this.readers.has(addr)) throw new Abort(`read hook at 0x${addr.toString(16)}`);
          const t = Ann.slice({ a: 0, b: 1 }, 0); // the clock byte is t itself
          this.setReg(d5, t);
          this.cells.set(addr, t);
        } else this.setReg(d5, this.cell(addr));
        return;
      }
      case 'OUT':
      case 'STS': {
        const addr = name === 'OUT' ? ((opcode & 0xf) | ((opcode & 0x600) >> 5)) + 32 : pm[pc + 1];
        if (addr >= this.shadow.length) throw new Abort('address outside the data space');
        if (this.cpu.writeHooks[addr] !== undefined) throw new Abort(`write hook at 0x${addr.toString(16)}`);
        const value = this.reg(d5);
        if (addr === 93 || addr === 94) this.concrete(value, 0xff);
        this.setCell(addr, value);
        return;
      }
      case 'BSET':
      case 'BCLR':
        this.setFlag((opcode & 0x70) >> 4, null);
        return;
      case 'BST':
        this.concrete(this.reg(d5), 1 << (opcode & 7));
        this.setFlag(6, null);
        return;
      case 'BLD': {
        const a = this.reg(d5);
        this.needFlag(6);
        if (isSlice(a)) this.keepSlice(a!);
        const u = isUnknown(a) ? a!.u & ~(1 << (opcode & 7)) : 0;
        this.setReg(d5, u ? Ann.unknown(u, a!.deps) : null);
        return;
      }
    }
    if (name in FLAGS_WRITTEN) {
      this.alu(name, opcode);
      return;
    }
    throw new Abort(`no rule for ${name}`);
  }

  private stackPointer(): number {
    this.concrete(this.cell(93), 0xff);
    this.concrete(this.cell(94), 0xff);
    const sp = this.shadow[93] | (this.shadow[94] << 8);
    if (sp < 0x60 || sp + 2 >= this.shadow.length) throw new Abort('stack outside RAM');
    return sp;
  }
  private movedStack(): void {
    this.setCell(93, null);
    this.setCell(94, null);
  }

  private alu(name: string, opcode: number): void {
    const written = FLAGS_WRITTEN[name];
    const two = TWO_REG.has(name);
    const word = WORD.has(name);
    const d = word ? 24 + 2 * ((opcode & 0x30) >> 4) : IMMEDIATE.has(name) ? ((opcode & 0xf0) >> 4) + 16 : (opcode & 0x1f0) >> 4;
    const r = two ? (opcode & 0xf) | ((opcode & 0x200) >> 5) : -1;
    const A = this.reg(d);
    const A2 = word ? this.reg(d + 1) : null;
    const B = two ? this.reg(r) : null;
    const C = CARRY_IN.has(name) ? this.flag(0) : null;
    const Z = ZERO_IN.has(name) ? this.flag(1) : null;
    const writes = !NO_WRITE.has(name);

    // x − x and x ^ x are 0 whatever x is.
    if ((name === 'EOR' || name === 'SUB') && r === d) {
      this.setReg(d, null);
      this.setFlags(written, null);
      return;
    }
    const deps = depsOf(A) | depsOf(A2) | depsOf(B) | depsOf(C) | depsOf(Z);
    if (isUnknown(A) || isUnknown(A2) || isUnknown(B) || isUnknown(C) || isUnknown(Z)) {
      const u = Ann.unknown(0xff, deps);
      if (writes) this.setReg(d, u);
      if (word) this.setReg(d + 1, u);
      this.setFlags(written, Ann.unknown(1, deps));
      return;
    }
    if (CHAIN.has(name) && (A !== null || B !== null || C !== null || Z !== null)) {
      this.chain(name, opcode, d, r, A, B, C, Z, writes);
      return;
    }
    // Anything else on t-dependent inputs is pinned to t0.
    this.concrete(A, 0xff);
    this.concrete(A2, 0xff);
    this.concrete(B, 0xff);
    if (C !== null) this.needFlag(0);
    if (writes) this.setReg(d, null);
    if (word) this.setReg(d + 1, null);
    this.setFlags(written, null);
  }

  private setFlags(written: number, a: A): void {
    for (let b = 0; b < 6; b++) if (written & (1 << b)) this.setFlag(b, a);
  }

  /** A wide value whose bytes below j are base's and whose byte j is the operand, or null. */
  private extend(base: Wide, j: number, a: A, value: number): Wide | null {
    const p = PLACE[j];
    const param = a !== null && a.k === SLICE && a.i === 0 && isParameter(a.w!) ? a.w!.p![0] : -1;
    if (isSlice(a) && param < 0) {
      if (a!.i !== j) return null;
      const w = a!.w!;
      const diff = combine(w, base, -1, 0);
      if (mod(diff.a, p) !== 0 || mod(diff.b, p) !== 0) return null;
      if (diff.p) for (let i = 1; i < diff.p.length; i += 2) if (mod(diff.p[i], p) !== 0) return null;
      return w;
    }
    // A constant or a parameter byte at position j: base's byte j must be the same for all of T
    // (a replay checks both again, for its parameter values).
    if (!this.floorConstant(base, p)) return null;
    const q = byteOf(base, j, this.t0);
    if (base.b !== 0 || base.p) this.steps.push({ kind: 'byte', w: base, j, q });
    if (param < 0) return { a: base.a + (value - q) * p, b: base.b, ...(base.p ? { p: base.p } : {}) };
    return combine({ a: base.a - q * p, b: base.b, ...(base.p ? { p: base.p } : {}) }, { a: 0, b: 0, p: [param, p] }, 1, 0);
  }

  private wideOf(a: A, value: number): Wide {
    if (isSlice(a) && a!.i === 0) return a!.w!;
    this.concrete(a, 0xff);
    return { a: value, b: 0 };
  }

  private chain(name: string, opcode: number, d: number, r: number, A: A, B: A, C: A, Z: A, writes: boolean): void {
    const { shadow } = this;
    const sign = name === 'ADD' || name === 'ADC' ? 1 : -1;
    const aValue = shadow[d];
    const bValue = r >= 0 ? shadow[r] : (opcode & 0xf) | ((opcode & 0xf00) >> 4);
    const sreg = shadow[95];
    let link: Chain | null = null;
    // Chains stop at 32 bits, so every wide value stays exact in a double.
    if (C !== null && C.k === CARRY && C.chain!.sign === sign && C.chain!.j < 3) {
      const prev = C.chain!;
      const j = prev.j + 1;
      const x = this.extend(prev.x, j, A, aValue);
      const y = this.extend(prev.y, j, B, bValue);
      if (x && y) link = makeChain(sign, x, y, prev.cin, j);
    }
    if (!link) {
      if (C !== null) this.needFlag(0);
      const cin = CARRY_IN.has(name) ? sreg & 1 : 0;
      link = makeChain(sign, this.wideOf(A, aValue), this.wideOf(B, bValue), cin, 0);
    }
    if (writes) this.setReg(d, this.sliceOf(link.r, link.j));
    if (link.x.b === 0 && link.y.b === 0) {
      this.pin(link.x);
      this.pin(link.y);
      for (let b = 0; b < 6; b++) this.setFlag(b, null);
      return;
    }
    this.setFlag(0, new Ann(CARRY, null, 0, 0, 0, link, null));
    const exec = this.current;
    const rc: Recompute = { opcode, exec, d, r, a: A, b: B, aValue, bValue, carry: C, zero: Z, sreg };
    for (let bit = 1; bit < 6; bit++) this.setFlag(bit, new Ann(RECOMPUTE, null, bit, 0, 0, null, rc));
  }

  /**
   * The chain rules are checked against the shadow at t0: a rule that disagrees with avr8js proves
   * nothing. (The other flags are avr8js's own body re-run on these same inputs.)
   */
  private verify(name: string, opcode: number): void {
    const { shadow, t0 } = this;
    const d = IMMEDIATE.has(name) ? ((opcode & 0xf0) >> 4) + 16 : (opcode & 0x1f0) >> 4;
    const a = this.regs[d];
    if (!NO_WRITE.has(name) && isSlice(a) && byteOf(a!.w!, a!.i, t0) !== shadow[d]) throw new Abort(`${name} disagrees`);
    const c = this.flags[0];
    if (c !== null && c.k === CARRY && carryOf(c.chain!, t0) !== (shadow[95] & 1)) throw new Abort(`${name} carry disagrees`);
  }

  // --- result -------------------------------------------------------------------------------------

  private result(length: number): PassResult {
    const { shadow, cpu } = this;
    const input = cpu.data;
    const changed: Variants = new Map();
    const outDeps = new Map<number, number>();
    const { footprint } = this;
    const note = (key: number, a: A, now: number, was: number, bits: number): void => {
      let varying = 0;
      let deps = 0;
      // Bits whose new value is known: for a cell the pass also read first (a parameter), "unchanged"
      // is judged against this state's input, so the proof holds only for states with that input
      // (part of the footprint). A cell written before any read may hold anything before the pass:
      // it is rewritten by every pass, settling included.
      let known = 0;
      if (a !== null && a.k === SLICE && a.i === 0 && isParameter(a.w!) && a.w!.p![0] === key) varying = (now ^ was) & bits;
      else if (a === null) {
        known = bits;
        varying = (now ^ was) & bits;
      } else if (isUnknown(a)) {
        known = bits & ~a.u;
        varying = (a.u & bits) | ((now ^ was) & known);
        deps = a.deps;
      } else varying = bits;
      if (known && this.params.has(key)) footprint.set(key, (footprint.get(key) ?? 0) | known);
      if (varying) changed.set(key, varying);
      if (this.vIndex[key] >= 0) outDeps.set(key, deps);
    };
    for (let r = 0; r < 32; r++) if (this.regWritten & (1 << r)) note(r, this.regs[r], shadow[r], input[r], 0xff);
    for (const addr of this.cellsWritten) note(addr, this.cells.get(addr)!, shadow[addr], input[addr], 0xff);
    for (let b = 0; b < 8; b++) {
      if (this.flagWritten & (1 << b)) note(SREG_BIT + b, this.flags[b], (shadow[95] >> b) & 1, (input[95] >> b) & 1, 1);
    }
    const { readAt, clock, t0, hi } = this;
    // Parameters a step pinned, or all of them when the proof cannot be replayed, are part of the footprint.
    for (const cell of this.replayable ? this.pinned : this.params) footprint.set(cell, 0xff);
    const steps = this.replayable ? this.steps : null;
    return { length, readAt, clock, t0, hi, changed, outDeps, footprint, steps };
  }
}

/** Whether w is just one input byte (a parameter as read). */
function isParameter(w: Wide): boolean {
  return w.a === 0 && w.b === 0 && w.p !== undefined && w.p.length === 2 && w.p[1] === 1;
}

function depsOf(a: A): number {
  return a !== null && a.k === UNKNOWN ? a.deps : 0;
}

function makeChain(sign: number, x: Wide, y: Wide, cin: number, j: number): Chain {
  const r = combine(x, y, sign, cin);
  // A shift loop doubles a wide value every pass: past 2^50 doubles would no longer be exact.
  if (magnitude(x) > 2 ** 50 || magnitude(y) > 2 ** 50 || magnitude(r) > 2 ** 50) throw new Abort('value too wide');
  return { sign, x, y, cin, j, r };
}

/** A bound on |w(t)| for t and every parameter in 0…255. */
function magnitude(w: Wide): number {
  let m = Math.abs(w.a) + Math.abs(w.b) * 255;
  if (w.p) for (let i = 1; i < w.p.length; i += 2) m += Math.abs(w.p[i]) * 255;
  return m;
}
