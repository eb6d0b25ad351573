import { ExpectationFailed } from '../../bench/errors.ts';
import { registerRobotCheck } from './registry.ts';
import { cm, sec, text } from './words.ts';

declare module './registry.ts' {
  interface RobotChecks {
    /**
     * Every mini-sumo opponent was pushed off the ring (its centre past the outer edge), within
     * `withinMs` of the test's start when given. Returns when the last one fell off, ms.
     */
    opponentOut(options?: { withinMs?: number }): number;
  }
}

registerRobotCheck('opponentOut', (scene, options = {}) => {
  const within = options.withinMs ?? Infinity;
  const ring = scene.ring();
  let last = 0;
  for (const o of scene.opponents) {
    if (o.outAtMs !== null && o.outAtMs <= within) {
      last = Math.max(last, o.outAtMs);
      continue;
    }
    const fromEdge = ring.diameter / 2 - Math.hypot(o.x - ring.center[0], o.y - ring.center[1]);
    const limit = (l: 'ru' | 'en') => (Number.isFinite(within) ? (l === 'ru' ? ` за ${sec(within, l)}` : ` within ${sec(within, l)}`) : '');
    throw new ExpectationFailed(text((l) => o.outAtMs !== null
      ? (l === 'ru'
        ? `Соперник должен быть вытолкнут с ринга${limit(l)}, а упал только на ${sec(o.outAtMs, l)}`
        : `The opponent had to be pushed off the ring${limit(l)}, but it fell off only at ${sec(o.outAtMs, l)}`)
      : (l === 'ru'
        ? `Соперник не вытолкнут с ринга${limit(l)}: его центр в ${cm(fromEdge, l)} от края`
        : `The opponent was not pushed off the ring${limit(l)}: its centre is ${cm(fromEdge, l)} from the edge`)));
  }
  return last;
});
