import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Пульсар: the LED on D9 (a PWM pin, marked ~) fades up from dark to full in about 1 s and back down
 * in about 1 s, over and over — one "breath" every 2 s. Brightness is read every 10 ms from the LED
 * itself (the PWM duty over the last 20 ms), on the 0–255 scale of analogWrite.
 */
const parts = [{ kind: 'led', id: 'led', pins: { anode: 'D9' }, color: 'blue' }] as const;
type T = TypedContext<typeof parts>;

interface Sample {
  ms: number;
  v: number;
}

const STEP_MS = 10;
/** Middle brightness: neither dark nor full. */
const isMid = (v: number) => v >= 40 && v <= 215;

/** Runs until `toMs`, reading the brightness (0–255) every 10 ms. */
async function sample(t: T, toMs: number, out: Sample[] = []): Promise<Sample[]> {
  while (t.nowMs < toMs) {
    await t.runMs(STEP_MS);
    out.push({ ms: t.nowMs, v: t.part('led').brightness() * 255 });
  }
  return out;
}

/**
 * Smooth rises: stretches that go from ≤ 40 to ≥ 215 taking at least 200 ms (a snap or a blink is
 * not a fade). Returns the moment each one passes the middle (128).
 */
function rises(s: Sample[]): number[] {
  const out: number[] = [];
  let lowAt = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i].v <= 40) lowAt = i;
    else if (s[i].v >= 215 && lowAt >= 0) {
      if (s[i].ms - s[lowAt].ms >= 200) {
        const mid = s.slice(lowAt, i + 1).find((x) => x.v >= 128)!;
        out.push(mid.ms);
      }
      lowAt = -1;
    }
  }
  return out;
}

/** Same for smooth falls (≥ 215 down to ≤ 40 in at least 200 ms). */
function falls(s: Sample[]): number[] {
  return rises(s.map((x) => ({ ms: x.ms, v: 255 - x.v })));
}

const s2 = (ms: number, l: 'ru' | 'en') => (ms / 1000).toFixed(2).replace('.', l === 'ru' ? ',' : '.');

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'full',
      title: { ru: 'Светодиод на D9 разгорается до полной яркости', en: 'The LED on D9 reaches full brightness' },
      points: 10,
      async run(t) {
        const s = await sample(t, 2500);
        const max = Math.max(...s.map((x) => x.v));
        if (max < 240) {
          t.fail({
            ru: `За 2,5 с светодиод на выводе 9 должен хотя бы раз разгореться до полной яркости (255), а самая большая яркость была ${Math.round(max)}`,
            en: `Within 2.5 s the LED on pin 9 should reach full brightness (255) at least once, but the highest brightness was ${Math.round(max)}`,
          });
        }
      },
    },
    {
      id: 'fade-in',
      title: { ru: 'Разгорается плавно (ШИМ)', en: 'Fades in smoothly (PWM)' },
      points: 15,
      async run(t) {
        const s = await sample(t, 2500);
        const mid = s.filter((x) => isMid(x.v)).length;
        if (rises(s).length === 0) {
          t.fail({
            ru: `Светодиод должен плавно разгораться от темноты до полной яркости, проходя через промежуточные яркости (analogWrite на выводе с ~), но за 2,5 с этого не было (промежуточная яркость — ${mid * STEP_MS} мс из 2 500)`,
            en: `The LED should fade in from dark to full brightness through the in-between levels (analogWrite on a ~ pin), but it did not within 2.5 s (in-between brightness for ${mid * STEP_MS} ms of 2 500)`,
          });
        }
      },
    },
    {
      id: 'fade-out',
      title: { ru: 'Плавно гаснет обратно', en: 'Fades back out smoothly' },
      points: 20,
      async run(t) {
        const s = await sample(t, 4000);
        if (falls(s).length === 0) {
          t.fail({
            ru: 'Разгоревшись, светодиод должен так же плавно погаснуть (яркость от 255 обратно к 0), но за 4 с он ни разу плавно не погас — яркость только росла или гасла скачком',
            en: 'Having reached full brightness, the LED should fade back out just as smoothly (255 back down to 0), but in 4 s it never did — the brightness only went up, or dropped at once',
          });
        }
      },
    },
    {
      id: 'period',
      title: { ru: 'Один «вдох-выдох» за 2 секунды', en: 'One "breath" every 2 seconds' },
      points: 20,
      async run(t) {
        const s = await sample(t, 7000);
        const r = rises(s);
        if (r.length < 3) {
          return t.fail({
            ru: `За 7 с светодиод должен плавно разгореться 3 раза (раз в 2 с), а разгорелся ${r.length}`,
            en: `Within 7 s the LED should fade in 3 times (once every 2 s), but it did ${r.length}`,
          });
        }
        const period = (r[r.length - 1] - r[0]) / (r.length - 1);
        t.measure('periodMs', Math.round(period), 'ms', { ru: 'Период пульсации', en: 'Pulse period' });
        if (Math.abs(period - 2000) > 200) {
          t.fail({
            ru: `Полный цикл «разгорелся — погас» должен занимать 2 ± 0,2 с, а занимает ${s2(period, 'ru')} с`,
            en: `A full "fade in — fade out" cycle should take 2 ± 0.2 s, but it takes ${s2(period, 'en')} s`,
          });
        }
      },
    },
    {
      id: 'smooth',
      title: { ru: 'Яркость меняется без скачков', en: 'The brightness changes without jumps' },
      points: 20,
      hidden: true,
      async run(t) {
        const s = await sample(t, 6000);
        if (s.filter((x) => isMid(x.v)).length < 100) {
          return t.fail({
            ru: 'Яркость должна плавно меняться, но светодиод почти не бывает в промежуточной яркости — он только горит или не горит',
            en: 'The brightness should change smoothly, but the LED is hardly ever at an in-between brightness — it is only on or off',
          });
        }
        for (let i = 2; i < s.length; i++) {
          const jump = Math.abs(s[i].v - s[i - 2].v);
          if (jump > 60) {
            return t.fail({
              ru: `Яркость должна меняться плавно (не больше 60 за 20 мс), а на ${s2(s[i].ms, 'ru')} с она прыгнула с ${Math.round(s[i - 2].v)} до ${Math.round(s[i].v)} (переполнение за 255 или резкий сброс?)`,
              en: `The brightness should change smoothly (at most 60 per 20 ms), but at ${s2(s[i].ms, 'en')} s it jumped from ${Math.round(s[i - 2].v)} to ${Math.round(s[i].v)} (overflow past 255, or a sudden reset?)`,
            });
          }
        }
      },
    },
    {
      id: 'forever',
      title: { ru: 'Пульсирует без остановки', en: 'Keeps pulsing' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(10_000);
        const s = await sample(t, 13_500);
        if (rises(s).length === 0 || falls(s).length === 0) {
          t.fail({
            ru: 'И через 10 секунд после включения светодиод должен плавно разгораться и гаснуть, но с 10 до 13,5 с этого не было',
            en: 'Ten seconds after power-on the LED should still fade in and out, but from 10 to 13.5 s it did not',
          });
        }
      },
    },
  ],
});
