/**
 * Intel HEX → program memory, as avrdude would write it into the Uno's flash.
 * Flash is 32 KiB; unprogrammed words read as 0xFFFF, exactly like erased flash.
 */
export const FLASH_BYTES = 0x8000;

export function loadHex(source: string, flashBytes = FLASH_BYTES): Uint16Array {
  const bytes = new Uint8Array(flashBytes).fill(0xff);
  let base = 0;
  let lineNo = 0;
  for (const raw of source.split(/\r?\n/)) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    if (line[0] !== ':') throw new Error(`HEX line ${lineNo}: does not start with ':'`);
    const count = parseInt(line.slice(1, 3), 16);
    const address = parseInt(line.slice(3, 7), 16);
    const type = parseInt(line.slice(7, 9), 16);
    if (Number.isNaN(count) || Number.isNaN(address) || Number.isNaN(type) || line.length < 11 + count * 2) {
      throw new Error(`HEX line ${lineNo}: malformed record`);
    }
    let sum = 0;
    for (let i = 1; i < 11 + count * 2; i += 2) sum += parseInt(line.slice(i, i + 2), 16);
    if ((sum & 0xff) !== 0) throw new Error(`HEX line ${lineNo}: bad checksum`);
    if (type === 0) {
      for (let i = 0; i < count; i++) {
        const at = base + address + i;
        if (at >= flashBytes) throw new Error(`HEX line ${lineNo}: data beyond flash end (0x${at.toString(16)})`);
        bytes[at] = parseInt(line.slice(9 + i * 2, 11 + i * 2), 16);
      }
    } else if (type === 1) {
      break;
    } else if (type === 2) {
      base = parseInt(line.slice(9, 13), 16) << 4;
    } else if (type === 4) {
      base = parseInt(line.slice(9, 13), 16) << 16;
    }
  }
  return new Uint16Array(bytes.buffer);
}

/** Program memory from raw flash bytes (e.g. the loadable segments of an ELF file). */
export function flashFromBytes(image: Uint8Array, flashBytes = FLASH_BYTES): Uint16Array {
  if (image.length > flashBytes) throw new Error(`Program of ${image.length} bytes does not fit in ${flashBytes} bytes of flash`);
  const bytes = new Uint8Array(flashBytes).fill(0xff);
  bytes.set(image);
  return new Uint16Array(bytes.buffer);
}
