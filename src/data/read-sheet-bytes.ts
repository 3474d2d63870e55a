import { decodeText, encodingMessage, type TextEncodingName } from './decode-text.js';
import { parseCsv } from './parse-csv.js';
import { sheetToFaq, type SheetCell } from './sheet-to-faq.js';

export type SheetRead =
  /** `sheet`: the workbook's sheet read, when it is not the first (whose headers are not the FAQ's). */
  | { ok: true; rows: SheetCell[][]; encoding?: string; sheet?: string }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'encoding'; encoding: TextEncodingName }
  | { ok: false; reason: 'unreadable'; message: string };

/** Reads every sheet of an `.xlsx` file's bytes, in order: the Node or the browser build of the reader. */
export type XlsxReader = (bytes: Uint8Array) => Promise<{ sheet: string; data: unknown[][] }[]>;

/** How a spreadsheet file is read, by its name: as an Excel workbook, as CSV text, or not at all. */
export function sheetFormat(name: string): 'xlsx' | 'text' | undefined {
  const type = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase();
  if (type === '.xlsx') return 'xlsx';
  return type === '.csv' || type === '.tsv' || type === '.txt' ? 'text' : undefined;
}

/**
 * The rows of a spreadsheet file's bytes: `.csv` (UTF-8 with or without BOM, or Shift_JIS as
 * Japanese Excel saves it, told apart automatically) or `.xlsx` (read by `readXlsx`, so that this
 * module stays free of any one runtime's reader): its first sheet, unless that one lacks the FAQ's
 * headers and a later one has them (a workbook that opens on a cover or instructions sheet).
 */
export async function readSheetBytes(name: string, bytes: Uint8Array, readXlsx: XlsxReader): Promise<SheetRead> {
  const format = sheetFormat(name);
  if (!format) return { ok: false, reason: 'format' };
  if (format === 'xlsx') {
    try {
      const sheets = await readXlsx(bytes);
      const faqSheet = sheets.findIndex(({ data }) => hasFaqHeaders(data as SheetCell[][]));
      if (faqSheet > 0) return { ok: true, rows: sheets[faqSheet].data as SheetCell[][], sheet: sheets[faqSheet].sheet };
      return { ok: true, rows: (sheets[0]?.data ?? []) as SheetCell[][] };
    } catch (error) {
      return { ok: false, reason: 'unreadable', message: (error as Error).message };
    }
  }
  const decoded = decodeText(bytes, { allowShiftJis: true });
  if (!decoded.ok) return { ok: false, reason: 'encoding', encoding: decoded.encoding };
  return { ok: true, rows: parseCsv(decoded.text), encoding: decoded.encoding };
}

/** The rows hold the FAQ's required headers (カテゴリ, 質問, 回答, or names taken as them). */
function hasFaqHeaders(rows: SheetCell[][]): boolean {
  const converted = sheetToFaq(rows);
  return converted.ok || !converted.problems.some((problem) => problem.code === 'missing-column' || problem.code === 'empty-file');
}

/** The note that says which sheet of a workbook was read, when it is not the first. */
export function sheetChosenMessage(sheet: string, lang: 'ja' | 'en'): string {
  return lang === 'ja'
    ? `一番左のシートにFAQの見出し（カテゴリ・質問・回答）がないため、シート「${sheet}」を読み込みました。`
    : `the first sheet has no FAQ headers (category, question, answer): read the sheet "${sheet}".`;
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
