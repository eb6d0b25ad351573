import { describe, expect, it } from 'vitest';
import { Random } from '../../random.ts';
import { mod, modPow2 } from './wait-pass.ts';

describe('modPow2', () => {
  it('equals mod at every place a chain uses, for integers, fractions and multiples of the place', () => {
    const random = new Random(5);
    const places = [1, 2 ** 8, 2 ** 16, 2 ** 24, 2 ** 32, 2 ** 40, 2 ** 48, 2 ** 56, 2 ** 64];
    let differ = 0;
    for (let i = 0; i < 200_000; i++) {
      const p = places[i % places.length];
      let x = Math.floor((random.next() * 2 - 1) * 2 ** Math.floor(random.next() * 54));
      if (i % 3 === 0) x += (random.next() - 0.5) * 2 ** -Math.floor(random.next() * 60); // tiny fractions round near p
      if (i % 7 === 0) x = -p * Math.floor(random.next() * 5);
      if (i % 11 === 0) x = -random.next() * 2 ** -Math.floor(random.next() * 60); // x + p rounds to p
      if (modPow2(x, p) !== mod(x, p)) differ++;
    }
    expect(differ).toBe(0);
  });
});
