import type { Field } from '../field/field.ts';

export interface SvgOptions {
  /** Width of the drawing in CSS pixels (height follows the field's proportions). */
  width?: number;
  /** Extra markup in field coordinates (mm, y up), drawn over the field. */
  overlay?: string;
}

/**
 * The field as a standalone SVG (statements and result pages). Elements draw themselves in field
 * coordinates; one transform flips y so that "up" on the field is up on the page.
 */
export function renderField(field: Field, options: SvgOptions = {}): string {
  const width = options.width ?? 600;
  const height = Math.round((width * field.height) / field.width);
  const bg = field.paint.background > 0.5 ? '#ffffff' : '#1b1b1b';
  const body = field.elements.map(({ kind, el }) => kind.svg(el, field.paint)).join('\n    ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="field field-${field.name}" width="${width}" height="${height}" viewBox="0 0 ${field.width} ${field.height}">`,
    `  <rect class="background" x="0" y="0" width="${field.width}" height="${field.height}" fill="${bg}" stroke="#9e9e9e" stroke-width="4"/>`,
    `  <g transform="translate(0 ${field.height}) scale(1 -1)">`,
    `    ${body}`,
    options.overlay ? `    ${options.overlay}` : '',
    `  </g>`,
    `</svg>`,
  ].filter(Boolean).join('\n');
}
