import { pinSubject } from './common.ts';
import { pinChecksFor, registerExpectation, type PinChecks } from './registry.ts';

declare module './registry.ts' {
  interface Expectations {
    /** Checks on a pin ("D13", "A0") or on the pin of a part ("led"). */
    pin(ref: string): PinChecks;
  }
}

registerExpectation('pin', (ctx, ref) => pinChecksFor(ctx, pinSubject(ctx, ref)));
