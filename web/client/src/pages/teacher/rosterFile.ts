/**
 * Reads a roster file the way teachers have them: a CSV saved by Russian Excel is often in
 * Windows-1251, one from LibreOffice or Google Sheets in UTF-8. Valid UTF-8 wins, else 1251.
 */
export function decodeRoster(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

export async function readTextFile(file: File): Promise<string> {
  return decodeRoster(new Uint8Array(await file.arrayBuffer()));
}
