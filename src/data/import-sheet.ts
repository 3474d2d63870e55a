import type { FaqData } from './faq-types.js';
import { describeProblems, validateFaq } from './validate-faq.js';
import { sheetChosenMessage } from './read-sheet-bytes.js';
import { isSheetWarning, sheetPlace, sheetProblemMessage, sheetToFaq, type SheetCell, type SheetField, type SheetOptions } from './sheet-to-faq.js';

/** One thing said about a sheet: a problem that stops the import, or a note on what was passed over. */
export interface SheetMessage {
  level: 'problem' | 'note';
  /** Row number as the spreadsheet shows it. */
  row?: number;
  /** Column letter. */
  column?: string;
  /** The message, its row and column first (「5行目（C列）: 「回答」が空です。」). */
  text: string;
}

export type SheetImport = { ok: true; faq: FaqData; messages: SheetMessage[] } | { ok: false; messages: SheetMessage[] };

/**
 * A sheet's rows to checked FAQ data, everything to say about them told by row and column:
 * the sheet's own problems (empty cells, missing headers) and those of the data it makes (an ID
 * column's value, a text too long), in the sheet's order. What the import and the setup page share.
 * `sheet`: the workbook's sheet these rows are from, when it is not the first (see readSheetBytes),
 * said first, as a note.
 */
export function importSheet(
  rows: readonly (readonly SheetCell[])[],
  options: SheetOptions,
  lang: 'ja' | 'en',
  sheet?: string,
): SheetImport {
  const converted = sheetToFaq(rows, options);
  const found = converted.ok ? converted.warnings : converted.problems;
  const messages: SheetMessage[] = sheet ? [{ level: 'note', text: sheetChosenMessage(sheet, lang) }] : [];
  messages.push(...found.map((problem): SheetMessage => ({
    level: isSheetWarning(problem) ? 'note' : 'problem',
    ...(problem.row ? { row: problem.row } : {}),
    ...(problem.column ? { column: problem.column } : {}),
    text: sheetProblemMessage(problem, lang),
  })));
  if (!converted.ok) return { ok: false, messages };
  const checked = validateFaq(converted.faq);
  if (checked.ok) return { ok: true, faq: converted.faq, messages };
  for (const problem of checked.problems) {
    const at = /^\/entries\/(\d+)\/([^/]+)/.exec(problem.path);
    const row = at ? converted.rows[Number(at[1])] : undefined;
    if (!row) {
      messages.push({ level: 'problem', text: describeProblems([problem], undefined, lang)[0] });
      continue;
    }
    const field = (at![2] === 'category' && converted.columns.categoryId ? 'categoryId' : at![2]) as SheetField;
    const column = converted.columns[field];
    const inEntry = { ...problem, path: problem.path.replace(/^\/entries\/\d+\//, '') };
    messages.push({
      level: 'problem',
      row,
      ...(column ? { column } : {}),
      text: `${sheetPlace(row, column, lang)}: ${describeProblems([inEntry], undefined, lang)[0]}`,
    });
  }
  return { ok: false, messages };
}
