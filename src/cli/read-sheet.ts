import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { readSheetBytes, sheetFormat, type SheetRead } from '../data/read-sheet-bytes.js';

export type { SheetRead } from '../data/read-sheet-bytes.js';

/**
 * The rows of a spreadsheet file (see readSheetBytes). Node only: this xlsx reader never reaches
 * a browser bundle.
 */
export async function readSpreadsheet(file: string): Promise<SheetRead> {
  if (!sheetFormat(file)) return { ok: false, reason: 'format' };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: (error as Error).message };
  }
  return readSheetBytes(file, bytes, (xlsx) => readXlsxFile(Buffer.from(xlsx.buffer, xlsx.byteOffset, xlsx.byteLength)));
}
