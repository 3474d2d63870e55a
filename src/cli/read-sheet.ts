import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { decodeText, type TextEncodingName } from '../data/decode-text.js';
import { parseCsv } from '../data/parse-csv.js';
import type { SheetCell } from '../data/sheet-to-faq.js';

export type SheetRead =
  | { ok: true; rows: SheetCell[][]; encoding?: string }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'encoding'; encoding: TextEncodingName }
  | { ok: false; reason: 'unreadable'; message: string };

/**
 * The rows of a spreadsheet file: `.csv` (UTF-8 with or without BOM, or Shift_JIS as Japanese
 * Excel saves it, told apart automatically) or `.xlsx` (its first sheet). Node only: the xlsx
 * reader never reaches the browser bundle.
 */
export async function readSpreadsheet(file: string): Promise<SheetRead> {
  const type = extname(file).toLowerCase();
  if (type !== '.csv' && type !== '.xlsx' && type !== '.tsv' && type !== '.txt') return { ok: false, reason: 'format' };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: (error as Error).message };
  }
  if (type === '.xlsx') {
    try {
      return { ok: true, rows: (await readSheet(bytes)) as SheetCell[][] };
    } catch (error) {
      return { ok: false, reason: 'unreadable', message: (error as Error).message };
    }
  }
  const decoded = decodeText(bytes, { allowShiftJis: true });
  if (!decoded.ok) return { ok: false, reason: 'encoding', encoding: decoded.encoding };
  return { ok: true, rows: parseCsv(decoded.text), encoding: decoded.encoding };
}
