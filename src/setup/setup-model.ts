import type { FaqData } from '../data/faq-types.js';
import { importSheet, type SheetMessage } from '../data/import-sheet.js';
import { readSheetBytes, sheetReadMessage, type XlsxReader } from '../data/read-sheet-bytes.js';
import { escapeHtml, renderFaqMarkup } from '../cli/render-markup.js';

/** Where the page suggests the widget's classic script goes on the city's server. */
const SCRIPT_PATH = '/js/line-gov-faq.iife.js';
/** The folder the page suggests for the FAQ data. */
const DATA_FOLDER = '/faq/';

/** What the setup page shows for one chosen spreadsheet. */
export type SetupResult =
  | {
      ok: true;
      summary: string;
      messages: SheetMessage[];
      faq: FaqData;
      /** The FAQ data file, as `line-gov-faq import --no-index` writes it. */
      json: string;
      jsonName: string;
      /** The script line and the element that loads the data file. */
      lines: string;
      /** The script line and the FAQ as markup inside the element (no data file to upload). */
      markup: string;
    }
  | { ok: false; summary: string; messages: SheetMessage[] };

const scriptLine = `<script src="${SCRIPT_PATH}" defer></script>`;

/**
 * A chosen spreadsheet (its file name and bytes) to what the setup page shows: every problem and
 * note by row and column, and when it can be imported, the data, its file and the markup to paste.
 * The same import as the command-line tool's, without the prebuilt index (the widget builds its
 * own when the page loads).
 */
export async function prepareFaq(name: string, bytes: Uint8Array, readXlsx: XlsxReader): Promise<SetupResult> {
  const read = await readSheetBytes(name, bytes, readXlsx);
  if (!read.ok) {
    const text = sheetReadMessage(read, 'ja');
    return { ok: false, summary: `${name} を読み込めませんでした。`, messages: [{ level: 'problem', text }] };
  }
  const imported = importSheet(read.rows, { lang: 'ja' }, 'ja', read.sheet);
  const { messages } = imported;
  const notes = messages.filter((m) => m.level === 'note').length;
  if (!imported.ok) {
    const problems = messages.length - notes;
    return {
      ok: false,
      summary: `${name} に、直す必要のある問題が${problems}件あります。表を直して保存し、もう一度選んでください。`,
      messages,
    };
  }
  const { faq } = imported;
  // A CMS's upload often renames or refuses a name with Japanese or spaces: such a sheet's data
  // is offered as faq.json.
  const base = name.replace(/\.[^.]*$/, '');
  const jsonName = `${/^[\w.-]+$/.test(base) ? base : 'faq'}.json`;
  return {
    ok: true,
    summary: `${name} から ${faq.entries.length}問（${faq.categories.length}カテゴリ）を読み込みました。${notes ? `確認してほしい点が${notes}件あります。` : '問題はありません。'}`,
    messages,
    faq,
    json: `${JSON.stringify(faq, null, 2)}\n`,
    jsonName,
    lines: `${scriptLine}\n<line-gov-faq src="${escapeHtml(DATA_FOLDER + jsonName)}"></line-gov-faq>\n`,
    markup: `${scriptLine}\n${renderFaqMarkup(faq)}`,
  };
}
