import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import type { RobotScene } from '../../judge/world/index.ts';

/**
 * «Движение по командам»: a state machine on Serial commands F/B/L/R/S. The robot keeps doing
 * the last command; a command must take effect within a fraction of a second (no blocking delay).
 * Thresholds are loose: any speed from ~120 to 255 passes.
 */

function sceneOf(t: TestContext): RobotScene {
  return t.scene as RobotScene;
}

/** Snapshot: time, position and unwrapped heading (degrees). */
interface Snap { ms: number; x: number; y: number; h: number }

function snap(t: TestContext): Snap {
  const s = sceneOf(t);
  const poses = s.trajectory();
  let total = 0;
  for (let i = 1; i < poses.length; i++) {
    let d = poses[i][3] - poses[i - 1][3];
    while (d > Math.PI) d -= 2 * Math.PI;
    while (d < -Math.PI) d += 2 * Math.PI;
    total += d;
  }
  const p = s.pose;
  return { ms: t.nowMs, x: p.x, y: p.y, h: total * 180 / Math.PI };
}

/** Displacement along the heading at `a` (mm, forward positive). */
const ahead = (a: Snap, b: Snap): number => {
  const h = (a.h * Math.PI) / 180;
  return (b.x - a.x) * Math.cos(h) + (b.y - a.y) * Math.sin(h);
};
const dist = (a: Snap, b: Snap): number => Math.hypot(b.x - a.x, b.y - a.y);
const cm = (mm: number): number => Math.round(mm / 10);

async function start(t: TestContext): Promise<Snap> {
  await t.runMs(300);                       // setup() and Serial.begin
  return snap(t);
}

async function command(t: TestContext, c: string, ms: number): Promise<Snap> {
  const a = snap(t);
  t.serial.write(c);
  await t.runMs(ms);
  return a;
}

function expectForward(t: TestContext, a: Snap, b: Snap, sign: 1 | -1, c: string): void {
  const d = ahead(a, b) * sign;
  const word = sign > 0 ? ['вперёд', 'forward'] : ['назад', 'backward'];
  if (d < 150) {
    t.fail({
      ru: `После команды «${c}» робот должен был за ${((b.ms - a.ms) / 1000).toFixed(1)} с проехать ${word[0]} хотя бы 15 см, а проехал ${word[0]} ${cm(d)} см.`,
      en: `After the command '${c}' the robot had to drive ${word[1]} at least 15 cm in ${((b.ms - a.ms) / 1000).toFixed(1)} s, but it went ${word[1]} ${cm(d)} cm.`,
    });
  }
  if (Math.abs(b.h - a.h) > 25) {
    t.fail({
      ru: `Командой «${c}» робот должен ехать прямо, а повернулся на ${Math.round(Math.abs(b.h - a.h))}°. Проверьте, что оба мотора крутятся в одну сторону.`,
      en: `With '${c}' the robot must drive straight, but it turned by ${Math.round(Math.abs(b.h - a.h))}°. Check that both motors turn the same way.`,
    });
  }
}

function expectTurn(t: TestContext, a: Snap, b: Snap, sign: 1 | -1, c: string): void {
  const turned = (b.h - a.h) * sign;
  const word = sign > 0 ? ['налево', 'left'] : ['направо', 'right'];
  if (turned < 45) {
    const real = b.h - a.h;
    t.fail({
      ru: `После команды «${c}» робот должен был развернуться ${word[0]} хотя бы на 45°, а повернул ${real >= 0 ? 'налево' : 'направо'} на ${Math.round(Math.abs(real))}°.`,
      en: `After the command '${c}' the robot had to spin ${word[1]} by at least 45°, but it turned ${real >= 0 ? 'left' : 'right'} by ${Math.round(Math.abs(real))}°.`,
    });
  }
  if (dist(a, b) > 100) {
    t.fail({
      ru: `Командой «${c}» робот должен разворачиваться на месте, а сместился на ${cm(dist(a, b))} см. Одно колесо — вперёд, другое — назад.`,
      en: `With '${c}' the robot must spin on the spot, but it moved ${cm(dist(a, b))} cm. One wheel forward, the other backward.`,
    });
  }
}

function expectStill(t: TestContext, a: Snap, b: Snap, what: { ru: string; en: string }): void {
  if (dist(a, b) > 10 || Math.abs(b.h - a.h) > 3) {
    t.fail({
      ru: `${what.ru}: с ${(a.ms / 1000).toFixed(1)} с до ${(b.ms / 1000).toFixed(1)} с робот должен стоять, а сместился на ${cm(dist(a, b))} см и повернулся на ${Math.round(Math.abs(b.h - a.h))}°.`,
      en: `${what.en}: from ${(a.ms / 1000).toFixed(1)} s to ${(b.ms / 1000).toFixed(1)} s the robot must stand still, but it moved ${cm(dist(a, b))} cm and turned by ${Math.round(Math.abs(b.h - a.h))}°.`,
    });
  }
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: 'arena', robot: { gainMismatch: 0.02 }, start: { x: 1000, y: 1000, heading: 0 } },
  tests: [
    {
      id: 'waits', title: { ru: 'Без команд робот стоит', en: 'Without commands the robot stands still' }, points: 10, seed: 5,
      async run(t) {
        const a = await start(t);
        await t.runMs(1500);
        expectStill(t, a, snap(t), { ru: 'Команд ещё не было', en: 'No commands yet' });
      },
    },
    {
      id: 'forward', title: { ru: 'F — вперёд', en: 'F drives forward' }, points: 15, seed: 11,
      async run(t) {
        await start(t);
        const a = await command(t, 'F', 1000);
        expectForward(t, a, snap(t), 1, 'F');
      },
    },
    {
      id: 'backward', title: { ru: 'B — назад', en: 'B drives backward' }, points: 15, seed: 12,
      async run(t) {
        await start(t);
        const a = await command(t, 'B', 1000);
        expectForward(t, a, snap(t), -1, 'B');
      },
    },
    {
      id: 'left', title: { ru: 'L — разворот налево', en: 'L spins left' }, points: 15, seed: 13,
      async run(t) {
        await start(t);
        const a = await command(t, 'L', 700);
        expectTurn(t, a, snap(t), 1, 'L');
      },
    },
    {
      id: 'right', title: { ru: 'R — разворот направо', en: 'R spins right' }, points: 15, seed: 14,
      async run(t) {
        await start(t);
        const a = await command(t, 'R', 700);
        expectTurn(t, a, snap(t), -1, 'R');
      },
    },
    {
      id: 'stop', title: { ru: 'S — стоп, и робот стоит', en: 'S stops, and the robot stays' }, points: 15, seed: 15, hidden: true,
      async run(t) {
        await start(t);
        await command(t, 'F', 800);
        t.serial.write('S');
        await t.runMs(500);
        const a = snap(t);
        await t.runMs(1500);
        expectStill(t, a, snap(t), { ru: 'После команды «S»', en: "After the command 'S'" });
      },
    },
    {
      id: 'quick-commands', title: { ru: 'Быстрая смена команд', en: 'Commands in quick succession' }, points: 15, seed: 16, hidden: true,
      async run(t) {
        await start(t);
        // «F» and, 200 ms later, «S»: the robot must stop at once, not after a second of driving.
        const a = await command(t, 'F', 200);
        t.serial.write('S');
        await t.runMs(300);
        const b = snap(t);
        if (dist(a, b) > 150) {
          t.fail({
            ru: `Команда «S» пришла через 0,2 с после «F», а робот успел проехать ${cm(dist(a, b))} см. Скорее всего, программа ждёт в delay() и не читает Serial — проверяйте команды в каждом проходе loop().`,
            en: `'S' came 0.2 s after 'F', yet the robot covered ${cm(dist(a, b))} cm. Most likely the sketch waits in delay() and does not read Serial — check for commands on every pass of loop().`,
          });
        }
        await t.runMs(1000);
        expectStill(t, b, snap(t), { ru: 'После быстрой команды «S»', en: "After a quick 'S'" });
        // Then a sequence: the robot keeps doing the last command.
        const c = await command(t, 'L', 150);
        const d = await command(t, 'R', 1000);
        const e = snap(t);
        if (Math.abs(d.h - c.h) > 45) {
          t.fail({
            ru: `«R» пришла через 0,15 с после «L», а робот успел повернуть на ${Math.round(Math.abs(d.h - c.h))}°: команды обрабатываются с задержкой.`,
            en: `'R' came 0.15 s after 'L', yet the robot had turned by ${Math.round(Math.abs(d.h - c.h))}°: commands are handled late.`,
          });
        }
        expectTurn(t, d, e, -1, 'R');
        // Straight from a spin to «B»: let the spin die out, then the robot must be driving backward.
        t.serial.write('B');
        await t.runMs(300);
        const f = snap(t);
        await t.runMs(1000);
        expectForward(t, f, snap(t), -1, 'B');
      },
    },
  ],
});
