import { beforeAll, describe, expect, it } from 'vitest';
import { compileSketch, type Program } from '../task/testing.ts';
import { defineBench, listTests, registerScene, runBenchTest, type BenchDefinition } from './index.ts';

const BUTTON_LED = `void setup(){pinMode(2,INPUT_PULLUP);pinMode(13,OUTPUT);Serial.begin(9600);}
void loop(){digitalWrite(13,!digitalRead(2)); if(!digitalRead(2)){Serial.println("down");delay(50);} }`;
const CRASH = `typedef void (*fn)(); volatile fn f = 0; void setup(){ delay(5); f(); } void loop(){}`;

const title = { ru: 'т', en: 't' };
const bench = defineBench({
  parts: [
    { kind: 'button', id: 'btn', pins: { pin: 'D2' } },
    { kind: 'led', id: 'led', pins: { anode: 'D13' } },
  ],
  tests: [
    {
      id: 'press', title, points: 10, async run(t) {
        await t.runMs(20);
        t.expect.pin('led').isLow();
        t.part('btn').press();
        const lit = await t.runUntil(() => t.board.level('D13') === 1, { timeoutMs: 100 });
        if (!lit) t.fail({ ru: 'не загорелся', en: 'did not light' });
        // runUntil returns at the pin change itself, not at the end of a slice.
        t.measure('reaction', t.nowMs - 20, 'ms', { ru: 'Реакция', en: 'Reaction' });
        t.expect.line(await t.serial.waitForLine()).equals('down');
      },
    },
    { id: 'fails', title, points: 5, group: 'g', hidden: true, async run(t) { await t.runMs(10); t.expect.pin('D13').isHigh(); } },
    { id: 'throws', title, points: 5, async run() { throw new Error('bench bug'); } },
    { id: 'long', title, points: 5, limitMs: 100, async run(t) { await t.runMs(1000); } },
    { id: 'random', title, points: 1, seed: 7, async run(t) { t.measure('r', t.random.next()); } },
    { id: 'bouncy', title, points: 1, parts: { btn: { bounce: true } }, async run(t) {
      await t.runMs(5);
      t.part('btn').press();
      await t.runMs(30);
      t.measure('edges', t.signals.edges('D2', 0, t.board.cycles).length);
    } },
  ],
});

describe('runBenchTest', () => {
  let program: Program;
  let crash: Program;
  beforeAll(async () => {
    [program, crash] = await Promise.all([compileSketch(BUTTON_LED), compileSketch(CRASH)]);
  });

  it('lists tests with index, points, group and hidden flag', () => {
    expect(listTests(bench).map((t) => [t.id, t.index, t.points, t.group ?? null, t.hidden])).toEqual([
      ['press', 0, 10, null, false], ['fails', 1, 5, 'g', true], ['throws', 2, 5, null, false],
      ['long', 3, 5, null, false], ['random', 4, 1, null, false], ['bouncy', 5, 1, null, false],
    ]);
  });

  it('accepts a passing test with its points, measurements and simulated time, without a trace', async () => {
    const o = await runBenchTest(bench, 'press', program);
    expect(o.message.en).toBe('Test passed');
    expect([o.verdict, o.points, o.maxPoints]).toEqual(['accepted', 10, 10]);
    expect(o.measurements[0].key).toBe('reaction');
    expect(o.measurements[0].value).toBeLessThan(0.5);
    expect(o.simulatedMs).toBeGreaterThan(20);
    expect(o.cycles).toBe(Math.round(o.simulatedMs * 16000));
    expect(o.trace).toBeUndefined();
    expect((await runBenchTest(bench, 'press', program, { recordTrace: true })).trace?.events).toContainEqual([expect.any(Number), 'btn', 'pressed', 1]);
  });

  it('gives "wrong" with zero points and the trace when an expectation fails', async () => {
    const o = await runBenchTest(bench, 'fails', program);
    expect([o.verdict, o.points, o.maxPoints]).toEqual(['wrong', 0, 5]);
    expect(o.trace?.pins.length).toBeGreaterThan(0);
  });

  it('blames the task, not the student, when the bench throws', async () => {
    const o = await runBenchTest(bench, 'throws', program);
    expect(o.verdict).toBe('judge-error');
    expect(o.message.en).toContain('bench bug');
    expect((await runBenchTest(bench, 'nope', program)).verdict).toBe('judge-error');
  });

  it('gives "crashed" with the board\'s explanation', async () => {
    const o = await runBenchTest(bench, 'fails', crash);
    expect(o.verdict).toBe('crashed');
    expect(o.message.en).toMatch(/^The program crashed: /);
  });

  it('gives "time-limit" past the cycle budget and past the wall-clock deadline', async () => {
    const budget = await runBenchTest(bench, 'long', program);
    expect(budget.verdict).toBe('time-limit');
    expect(budget.simulatedMs).toBe(100);
    const slow: BenchDefinition = defineBench({ parts: [], tests: [{ id: 'x', title, points: 1, async run(t) { await t.runMs(60_000); } }] });
    const wall = await runBenchTest(slow, 'x', program, { wallDeadlineMs: 50 });
    expect(wall.verdict).toBe('time-limit');
    expect(wall.wallMs).toBeLessThan(1000);
    expect(wall.message.en).toMatch(/too slowly/);
  });

  it('is deterministic: the same seed gives the same randomness and the same bounce', async () => {
    const a = await runBenchTest(bench, 'random', program);
    const b = await runBenchTest(bench, 'random', program);
    const c = await runBenchTest(bench, 'random', program, { seed: 8 });
    expect(a.measurements).toEqual(b.measurements);
    expect(a.measurements).not.toEqual(c.measurements);
    const bounce1 = await runBenchTest(bench, 'bouncy', program);
    const bounce2 = await runBenchTest(bench, 'bouncy', program);
    expect(bounce1.measurements).toEqual(bounce2.measurements);
    expect(bounce1.measurements[0].value).toBeGreaterThan(1);
  });

  it('attaches a registered scene and exposes it as t.scene', async () => {
    const steps: number[] = [];
    registerScene('test-scene', (spec, ctx) => ({
      api: { size: spec.size, parts: [...ctx.parts.keys()] },
      step: (cycle) => {
        steps.push(cycle);
        if (steps.length === 3) ctx.pose(1, 2, 0.5);
      },
    }));
    const scened = defineBench({
      parts: [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }],
      scene: { kind: 'test-scene', size: 3 },
      tests: [{ id: 's', title, points: 1, async run(t) {
        await t.runMs(5);
        expect(t.scene).toEqual({ size: 3, parts: ['led'] });
      } }],
    });
    const o = await runBenchTest(scened, 's', program, { recordTrace: true });
    expect(o.verdict).toBe('accepted');
    expect(steps.length).toBe(5);
    expect(o.trace?.poses).toEqual([[steps[2], 1, 2, 0.5]]);
  });
});
