/**
 * The Serial Plotter's model, as in the Arduino IDE: each printed line is one sample; values are
 * separated by spaces, commas or tabs, and may be labelled `name:value`. Keeps the last `capacity`
 * samples per series.
 */
export interface PlotSeries {
  name: string;
  values: number[];
}

export class PlotterModel {
  private partial = '';
  readonly series: PlotSeries[] = [];
  /** Number of samples taken so far (x axis). */
  count = 0;

  constructor(readonly capacity = 300) {}

  /** Feeds serial text; returns true when at least one sample was added. */
  feed(text: string): boolean {
    const lines = (this.partial + text).split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    let added = false;
    for (const line of lines) added = this.line(line) || added;
    return added;
  }

  private line(line: string): boolean {
    const fields = line.trim().split(/[\s,;]+/).filter(Boolean);
    const values: { name: string; value: number }[] = [];
    fields.forEach((field, i) => {
      const colon = field.lastIndexOf(':');
      const name = colon > 0 ? field.slice(0, colon) : `${i + 1}`;
      const value = Number(colon > 0 ? field.slice(colon + 1) : field);
      if (Number.isFinite(value)) values.push({ name, value });
    });
    if (!values.length) return false;
    for (const { name, value } of values) {
      let s = this.series.find((x) => x.name === name);
      if (!s) {
        s = { name, values: new Array<number>(Math.min(this.count, this.capacity)).fill(NaN) };
        this.series.push(s);
      }
      s.values.push(value);
    }
    this.count++;
    // Series not printed on this line get a gap so all stay aligned on the x axis.
    for (const s of this.series) {
      const want = Math.min(this.count, this.capacity);
      while (s.values.length < want) s.values.push(NaN);
      if (s.values.length > this.capacity) s.values.splice(0, s.values.length - this.capacity);
    }
    return true;
  }

  clear(): void {
    this.partial = '';
    this.series.length = 0;
    this.count = 0;
  }
}
