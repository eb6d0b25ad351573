import type { Text } from '../runner/events.ts';

/** A failed expectation: the student's program did not do what the test expects → verdict 'wrong'. */
export class ExpectationFailed extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'ExpectationFailed';
  }
}

/** The board crashed during the test → verdict 'crashed', with the board's explanation. */
export class BoardCrashed extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'BoardCrashed';
  }
}

/** The test ran out of its cycle budget or wall-clock deadline → verdict 'time-limit'. */
export class TimeLimitExceeded extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'TimeLimitExceeded';
  }
}
