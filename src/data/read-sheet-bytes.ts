import { decodeText, encodingMessage, type TextEncodingName } from './decode-text.js';
import { parseCsv } from './parse-csv.js';
import type { SheetCell } from './sheet-to-faq.js';

export type SheetRead =
  | { ok: true; rows: SheetCell[][]; encoding?: string }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'encoding'; encoding: TextEncodingName }
  | { ok: false; reason: 'unreadable'; message: string };

/** Reads the first sheet of an `.xlsx` file's bytes: the Node or the browser build of the reader. */
export type XlsxReader = (bytes: Uint8Array) => Promise<unknown[][]>;

/** How a spreadsheet file is read, by its name: as an Excel workbook, as CSV text, or not at all. */
export function sheetFormat(name: string): 'xlsx' | 'text' | undefined {
  const type = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase();
  if (type === '.xlsx') return 'xlsx';
  return type === '.csv' || type === '.tsv' || type === '.txt' ? 'text' : undefined;
}

/**
 * The rows of a spreadsheet file's bytes: `.csv` (UTF-8 with or without BOM, or Shift_JIS as
 * Japanese Excel saves it, told apart automatically) or `.xlsx` (its first sheet, read by
 * `readXlsx`, so that this module stays free of any one runtime's reader).
 */
export async function readSheetBytes(name: string, bytes: Uint8Array, readXlsx: XlsxReader): Promise<SheetRead> {
  const format = sheetFormat(name);
  if (!format) return { ok: false, reason: 'format' };
  if (format === 'xlsx') {
    try {
      return { ok: true, rows: (await readXlsx(bytes)) as SheetCell[][] };
    } catch (error) {
      return { ok: false, reason: 'unreadable', message: (error as Error).message };
    }
  }
  const decoded = decodeText(bytes, { allowShiftJis: true });
  if (!decoded.ok) return { ok: false, reason: 'encoding', encoding: decoded.encoding };
  return { ok: true, rows: parseCsv(decoded.text), encoding: decoded.encoding };
}

/** Why a spreadsheet could not be read, in one sentence. */
export function sheetReadMessage(read: Exclude<SheetRead, { ok: true }>, lang: 'ja' | 'en'): string {
  const ja = lang === 'ja';
  if (read.reason === 'format')
    return ja
      ? '.csv か .xlsx のファイルを指定してください（古い形式 .xls の表は、Excel の［名前を付けて保存］で「Excel ブック (*.xlsx)」を選んで保存し直してください）。'
      : 'give a .csv or .xlsx file (save an old .xls workbook as "Excel Workbook (*.xlsx)" in Excel first).';
  if (read.reason === 'encoding') return encodingMessage(read.encoding, lang);
  return `${ja ? '読み込めません' : 'cannot read'}: ${read.message}`;
}
