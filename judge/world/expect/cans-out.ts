import { ExpectationFailed } from '../../bench/errors.ts';
import { registerRobotCheck } from './registry.ts';
import { text } from './words.ts';

declare module './registry.ts' {
  interface RobotChecks {
    /**
     * At least `atLeast` cans (default: all) are entirely outside the ring now. Returns the number
     * out. With `color`, only cans of that colour count (and none of the other may be out).
     */
    cansOut(options?: { atLeast?: number; color?: 'black' | 'white' }): number;
  }
}

registerRobotCheck('cansOut', (scene, options = {}) => {
  const all = scene.cans.filter((c) => !options.color || c.color === options.color);
  const out = scene.cansOut().filter((c) => !options.color || c.color === options.color);
  const need = options.atLeast ?? all.length;
  if (out.length < need) {
    const left = all.filter((c) => !out.includes(c)).map((c) => c.id).join(', ');
    throw new ExpectationFailed(text((l) => l === 'ru'
      ? `Из круга вытолкнуто кеглей: ${out.length} из ${all.length}, а нужно ${need}; в круге остались: ${left}`
      : `Cans pushed out of the ring: ${out.length} of ${all.length}, but ${need} are needed; still inside: ${left}`));
  }
  if (options.color) {
    const wrong = scene.cansOut().filter((c) => c.color !== options.color);
    if (wrong.length) {
      throw new ExpectationFailed(text((l) => l === 'ru'
        ? `Вытолкнуты и кегли, которые нужно было оставить: ${wrong.map((c) => c.id).join(', ')}`
        : `Cans that had to stay were pushed out too: ${wrong.map((c) => c.id).join(', ')}`));
    }
  }
  return out.length;
});
