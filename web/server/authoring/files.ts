/**
 * An authored task's files — the same layout as tasks/<id>/ — as a map path → text, checked at the
 * edge (paths, count, sizes), written out as a package folder for the loader, and zipped.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { Text } from '../../shared/common.ts';

export const MAX_FILES = 64;
export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_TOTAL_BYTES = 1024 * 1024;
export const MAX_ZIP_BYTES = 2 * 1024 * 1024;

/** "task.yaml", "solutions/accepted.ino", "wiring.svg": relative, "/" separated, no dot segments. */
export const FILE_PATH = /^(?!.*\/\/)[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*){0,2}$/;
const TEXT_FILE = /\.(ya?ml|md|ts|ino|cpp|c|h|hpp|svg|txt|json)$/i;
export const TASK_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export const TaskFilesSchema = z
  .record(z.string().regex(FILE_PATH, 'a relative path of letters, digits, . _ - and at most two folders').refine((p) => TEXT_FILE.test(p), 'only text files (.yaml, .md, .ts, .ino, .cpp, .h, .svg, .txt, .json)'), z.string().max(MAX_FILE_BYTES))
  .refine((files) => Object.keys(files).length <= MAX_FILES, `at most ${MAX_FILES} files`)
  .refine((files) => Object.values(files).reduce((n, s) => n + Buffer.byteLength(s), 0) <= MAX_TOTAL_BYTES, `at most ${MAX_TOTAL_BYTES / 1024} KB in all`);

export type TaskFiles = Record<string, string>;

export function filesHash(files: TaskFiles): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(files).sort()) hash.update(path).update('\0').update(files[path]!).update('\0');
  return hash.digest('hex').slice(0, 20);
}

/**
 * Writes the files as a package folder `<root>/<hash>/<id>/` (the loader wants the folder named as
 * the task) once: the folder of one content never changes, so a version is written at most once.
 */
export async function materialize(root: string, id: string, files: TaskFiles): Promise<string> {
  const dir = join(root, filesHash(files), id);
  if (existsSync(join(dir, '.complete'))) return dir;
  const tmp = `${dir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  for (const [path, body] of Object.entries(files)) {
    await mkdir(dirname(join(tmp, path)), { recursive: true });
    await writeFile(join(tmp, path), body);
  }
  await mkdir(tmp, { recursive: true });
  await writeFile(join(tmp, '.complete'), '');
  await mkdir(dirname(dir), { recursive: true });
  try {
    await rename(tmp, dir);
  } catch {
    await rm(tmp, { recursive: true, force: true }); // written meanwhile by another request
  }
  return dir;
}

/** The task id task.yaml declares (or null). */
export function declaredId(files: TaskFiles): string | null {
  const yaml = files['task.yaml'];
  if (yaml === undefined) return null;
  const doc = parseDocument(yaml);
  if (doc.errors.length) return null;
  const id = (doc.toJS() as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

export function exportZip(id: string, files: TaskFiles): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, body] of Object.entries(files)) entries[`${id}/${path}`] = strToU8(body);
  return zipSync(entries, { level: 6 });
}

export class ZipError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

const T = {
  notZip: { ru: 'Это не zip-архив (или он повреждён).', en: 'This is not a zip archive (or it is damaged).' },
  tooBig: (mb: number) => ({ ru: `Архив больше ${mb} МБ.`, en: `The archive is larger than ${mb} MB.` }),
  slip: (p: string) => ({ ru: `Недопустимый путь в архиве: «${p}» (выход за папку задачи или абсолютный путь).`, en: `Unsafe path in the archive: "${p}" (leaves the task folder or is absolute).` }),
  hugeFile: (p: string, kb: number) => ({ ru: `Файл «${p}» больше ${kb} КБ.`, en: `The file "${p}" is larger than ${kb} KB.` }),
  hugeTotal: (kb: number) => ({ ru: `Файлы архива вместе больше ${kb} КБ.`, en: `The archive's files are larger than ${kb} KB in all.` }),
  tooMany: (n: number) => ({ ru: `В архиве больше ${n} файлов.`, en: `The archive has more than ${n} files.` }),
  badName: (p: string) => ({ ru: `Файл «${p}» не подходит: только текстовые файлы задачи (.yaml, .md, .ts, .ino, .cpp, .h, .svg) с латинскими именами.`, en: `The file "${p}" does not fit: only a task's text files (.yaml, .md, .ts, .ino, .cpp, .h, .svg) with Latin names.` }),
  noYaml: { ru: 'В архиве нет task.yaml (ни в корне, ни в единственной папке).', en: 'The archive has no task.yaml (neither at its root nor in its only folder).' },
  badYaml: (m: string) => ({ ru: `task.yaml — не YAML: ${m}`, en: `task.yaml is not valid YAML: ${m}` }),
  noId: { ru: 'В task.yaml нет id задачи (латиница, цифры и дефисы).', en: 'task.yaml has no task id (Latin letters, digits and hyphens).' },
  notText: (p: string) => ({ ru: `Файл «${p}» — не текст в UTF-8.`, en: `The file "${p}" is not UTF-8 text.` }),
};

/**
 * Reads a task zip (the files at its root or in one folder, as `judge check` packages are laid
 * out). Checks everything before anything is stored: zip-slip paths, sizes (declared and real),
 * file count and names, task.yaml present and valid YAML with an id.
 */
export function importZip(data: Uint8Array): { id: string; files: TaskFiles } {
  if (data.length > MAX_ZIP_BYTES) throw new ZipError(T.tooBig(MAX_ZIP_BYTES / 1024 / 1024));
  let count = 0;
  let declared = 0;
  let unzipped: Unzipped;
  try {
    unzipped = unzipSync(data, {
      filter(file) {
        const name = file.name;
        if (name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').some((s) => s === '..')) throw new ZipError(T.slip(name));
        if (name.endsWith('/')) return false;
        if (++count > MAX_FILES) throw new ZipError(T.tooMany(MAX_FILES));
        if (file.originalSize > MAX_FILE_BYTES) throw new ZipError(T.hugeFile(name, MAX_FILE_BYTES / 1024));
        declared += file.originalSize;
        if (declared > MAX_TOTAL_BYTES) throw new ZipError(T.hugeTotal(MAX_TOTAL_BYTES / 1024));
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError(T.notZip);
  }
  let names = Object.keys(unzipped).filter((n) => !n.split('/').some((s) => s.startsWith('.') || s === '__MACOSX'));
  // One top folder (as exported: <id>/task.yaml …) is stripped.
  const tops = new Set(names.map((n) => n.split('/')[0]));
  const strip = !names.includes('task.yaml') && tops.size === 1 && names.every((n) => n.includes('/'));
  const files: TaskFiles = {};
  let total = 0;
  for (const name of names) {
    const body = unzipped[name]!;
    const path = strip ? name.slice(name.indexOf('/') + 1) : name;
    if (body.length > MAX_FILE_BYTES) throw new ZipError(T.hugeFile(name, MAX_FILE_BYTES / 1024));
    total += body.length;
    if (total > MAX_TOTAL_BYTES) throw new ZipError(T.hugeTotal(MAX_TOTAL_BYTES / 1024));
    if (!FILE_PATH.test(path) || !TEXT_FILE.test(path)) throw new ZipError(T.badName(path));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      throw new ZipError(T.notText(path));
    }
    files[path] = text;
  }
  names = Object.keys(files);
  const yaml = files['task.yaml'];
  if (yaml === undefined) throw new ZipError(T.noYaml);
  const doc = parseDocument(yaml);
  if (doc.errors.length) throw new ZipError(T.badYaml(doc.errors[0]!.message.split('\n')[0]!));
  const id = declaredId(files);
  if (!id || !TASK_ID.test(id)) throw new ZipError(T.noId);
  return { id, files };
}
