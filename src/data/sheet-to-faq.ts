import type { FaqCategory, FaqData, FaqEntry } from './faq-types.js';
import { foldRadicals } from './fold-radicals.js';

/** A cell as spreadsheet readers give it. */
export type SheetCell = string | number | boolean | Date | null | undefined;

/** What a sheet's columns can hold; header names are matched in Japanese or English. */
export type SheetField = 'category' | 'categoryId' | 'question' | 'answer' | 'id' | 'keywords' | 'phrasings' | 'featured';

// Header names as written in a spreadsheet, after NFKC, lower case and without spaces.
const HEADERS: Record<string, SheetField> = {
  カテゴリ: 'category',
  カテゴリー: 'category',
  分類: 'category',
  区分: 'category',
  分野: 'category',
  カテゴリ名: 'category',
  カテゴリー名: 'category',
  category: 'category',
  カテゴリid: 'categoryId',
  categoryid: 'categoryId',
  'category-id': 'categoryId',
  category_id: 'categoryId',
  質問: 'question',
  質問内容: 'question',
  質問文: 'question',
  問い: 'question',
  question: 'question',
  回答: 'answer',
  回答内容: 'answer',
  回答文: 'answer',
  答え: 'answer',
  answer: 'answer',
  id: 'id',
  キーワード: 'keywords',
  keywords: 'keywords',
  keyword: 'keywords',
  言い換え: 'phrasings',
  検索用の言い方: 'phrasings',
  質問の言い換え: 'phrasings',
  phrasings: 'phrasings',
  よく見られている質問: 'featured',
  おすすめ: 'featured',
  注目: 'featured',
  featured: 'featured',
};
const REQUIRED: SheetField[] = ['category', 'question', 'answer'];
const HEADER_NAMES: Record<SheetField, string> = {
  category: 'カテゴリ',
  categoryId: 'カテゴリID',
  question: '質問',
  answer: '回答',
  id: 'ID',
  keywords: 'キーワード',
  phrasings: '言い換え',
  featured: 'よく見られている質問',
};

/** A problem in a sheet, located by its row (as the spreadsheet numbers them) and column. */
export interface SheetProblem {
  code:
    | 'empty-file'
    | 'unknown-column'
    | 'missing-column'
    | 'duplicate-column'
    | 'empty-cell'
    | 'no-entries'
    // Warnings: the import goes on.
    | 'rows-above-header'
    | 'empty-row'
    | 'duplicate-question';
  /** Row number as shown in the spreadsheet (1 = first row). */
  row?: number;
  /** Column letter (A, B, …). */
  column?: string;
  /** The header text, or the field a cell belongs to. */
  name?: string;
  /** Rows above the header row (`rows-above-header`); the earlier row with the same question (`duplicate-question`). */
  rows?: number[];
  /** The headers the sheet has (`missing-column`), to say which to rename. */
  found?: string[];
}

/**
 * A converted sheet, with what was passed over (warnings: rows above the headers, columns the
 * widget does not use, empty rows, questions asked twice); or every problem that stops it.
 */
export type SheetConversion =
  | {
      ok: true;
      faq: FaqData;
      /** The sheet's row of each entry. */
      rows: number[];
      /** The letter of each column read. */
      columns: Partial<Record<SheetField, string>>;
      warnings: SheetProblem[];
    }
  | { ok: false; problems: SheetProblem[] };

/** Codes of the problems that only warn. */
const WARNINGS = new Set<SheetProblem['code']>(['unknown-column', 'rows-above-header', 'empty-row', 'duplicate-question']);

/** Whether a problem only warns: the import goes on. */
export const isSheetWarning = (problem: SheetProblem): boolean => WARNINGS.has(problem.code);

export interface SheetOptions {
  lang?: string;
  title?: string;
}

/** Column letters as spreadsheets show them: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// Radicals left by copying out of a PDF become the kanji they stand for.
const cellText = (cell: SheetCell): string =>
  cell === null || cell === undefined
    ? ''
    : cell instanceof Date
      ? cell.toISOString().slice(0, 10)
      : foldRadicals(String(cell))
          .replace(/\r\n?/g, '\n')
          .trim();

const headerKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** FNV-1a (32 bit) in base 36: short, and the same for the same text on every run. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** How many rows (a title, a date, a note) may stand above the header row. */
const MAX_ROWS_ABOVE_HEADER = 10;

/** A URL-safe id made from a label's Latin letters and digits ("LINE Pay" → "line-pay"), or ''. */
function slugOf(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * Turns a spreadsheet (one row per entry, a header row first) into FAQ data. Categories come in
 * the order of their first appearance, labelled as the sheet writes them; their ids are the
 * label's Latin letters (「LINE Pay」 → `line-pay`) or `category-1`, `category-2`… in order, unless
 * a カテゴリID column gives them. Entry ids come from an ID column, or are made from the question
 * text (`q-` and a hash), so that re-importing the same sheet gives the same deep links.
 * Every problem of the sheet is reported at once, with its row number.
 */
export function sheetToFaq(rows: readonly (readonly SheetCell[])[], options: SheetOptions = {}): SheetConversion {
  const problems: SheetProblem[] = [];
  const firstFilled = rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  if (firstFilled < 0) return { ok: false, problems: [{ code: 'empty-file' }] };
  // The header row is the first with two known headers: a title, a date or a note above it
  // (「令和6年度 LINEに関するFAQ」) is passed over, and said so.
  const known = (row: readonly SheetCell[]) => row.filter((cell) => HEADERS[headerKey(cellText(cell))]).length;
  const found = rows.slice(firstFilled, firstFilled + MAX_ROWS_ABOVE_HEADER + 1).findIndex((row) => known(row) >= 2);
  const headerRow = found < 0 ? firstFilled : firstFilled + found;
  const above = rows
    .slice(0, headerRow)
    .map((row, r) => (row.some((cell) => cellText(cell) !== '') ? r + 1 : 0))
    .filter(Boolean);
  if (above.length > 0) problems.push({ code: 'rows-above-header', row: headerRow + 1, rows: above });

  const columns = new Map<SheetField, number>();
  rows[headerRow].forEach((cell, i) => {
    const text = cellText(cell);
    if (!text) return;
    const field = HEADERS[headerKey(text)];
    if (!field) problems.push({ code: 'unknown-column', row: headerRow + 1, column: columnLetter(i), name: text });
    else if (columns.has(field)) problems.push({ code: 'duplicate-column', row: headerRow + 1, column: columnLetter(i), name: text });
    else columns.set(field, i);
  });
  const headers = rows[headerRow].map(cellText).filter(Boolean);
  for (const field of REQUIRED)
    if (!columns.has(field)) problems.push({ code: 'missing-column', row: headerRow + 1, name: HEADER_NAMES[field], found: headers });
  // Without its required columns the rows cannot be read; a column the widget does not use
  // (No.、担当課、更新日) is passed over.
  if (problems.some((p) => !WARNINGS.has(p.code))) return { ok: false, problems };

  const categories: FaqCategory[] = [];
  const categoryByLabel = new Map<string, FaqCategory>();
  const usedCategoryIds = new Set<string>();
  const entries: FaqEntry[] = [];
  const entryRows: number[] = [];
  const usedIds = new Set<string>();
  const get = (row: readonly SheetCell[], field: SheetField) => {
    const at = columns.get(field);
    return at === undefined ? '' : cellText(row[at]);
  };

  let lastFilled = rows.length - 1;
  while (lastFilled > headerRow && !rows[lastFilled].some((cell) => cellText(cell) !== '')) lastFilled--;
  const questionRows = new Map<string, number>();
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row.some((cell) => cellText(cell) !== '')) {
      // Empty rows after the last question are how sheets end; between questions, they may
      // hide a question that was meant to be there.
      if (r < lastFilled) problems.push({ code: 'empty-row', row: r + 1 });
      continue;
    }
    const rowNumber = r + 1;
    const label = get(row, 'category');
    const question = get(row, 'question');
    const answer = get(row, 'answer');
    let missing = false;
    for (const [field, value] of [['category', label], ['question', question], ['answer', answer]] as const) {
      if (value) continue;
      problems.push({ code: 'empty-cell', row: rowNumber, column: columnLetter(columns.get(field)!), name: HEADER_NAMES[field] });
      missing = true;
    }
    if (missing) continue;

    const asked = question.normalize('NFKC').replace(/\s+/g, '');
    const earlier = questionRows.get(asked);
    if (earlier) problems.push({ code: 'duplicate-question', row: rowNumber, column: columnLetter(columns.get('question')!), rows: [earlier] });
    else questionRows.set(asked, rowNumber);

    let category = categoryByLabel.get(label);
    if (!category) {
      const wanted = get(row, 'categoryId') || slugOf(label) || `category-${categories.length + 1}`;
      let id = wanted;
      for (let n = 2; usedCategoryIds.has(id); n++) id = `${wanted}-${n}`;
      category = { id, label };
      usedCategoryIds.add(id);
      categoryByLabel.set(label, category);
      categories.push(category);
    }

    const base = get(row, 'id') || `q-${hash(question.normalize('NFKC'))}`;
    let id = base;
    // A given id is kept as written (a duplicate is then reported by validation); only made ids
    // are told apart.
    if (!get(row, 'id')) for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);

    const entry: FaqEntry = { id, category: category.id, question, answer };
    const keywords = get(row, 'keywords')
      .split(/[,、，\n]/)
      .map((k) => k.trim())
      .filter(Boolean);
    if (keywords.length > 0) entry.keywords = keywords;
    // One way of asking a line: a phrasing may hold commas (「LINEって、無料?」).
    const phrasings = get(row, 'phrasings')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    if (phrasings.length > 0) entry.phrasings = phrasings;
    // Any mark in the column features the question (○, 1, はい, yes); 0, ×, いいえ, no do not.
    const featured = get(row, 'featured').normalize('NFKC').toLowerCase();
    if (featured && !/^(0|×|x|✕|-|no|false|いいえ|なし)$/.test(featured)) entry.featured = true;
    entries.push(entry);
    entryRows.push(rowNumber);
  }
  if (entries.length === 0 && !problems.some((p) => !WARNINGS.has(p.code))) problems.push({ code: 'no-entries', row: headerRow + 1 });
  if (problems.some((p) => !WARNINGS.has(p.code))) return { ok: false, problems };

  const faq: FaqData = { lang: options.lang ?? 'ja', ...(options.title ? { title: options.title } : {}), categories, entries };
  const letters = Object.fromEntries([...columns].map(([field, i]) => [field, columnLetter(i)]));
  return { ok: true, faq, rows: entryRows, columns: letters, warnings: problems };
}

/** A cell or row as a spreadsheet user names it: 「5行目（C列）」, "row 5, column C". */
export const sheetPlace = (row: number, column: string | undefined, lang: 'ja' | 'en'): string =>
  lang === 'ja' ? `${row}行目${column ? `（${column}列）` : ''}` : `row ${row}${column ? `, column ${column}` : ''}`;

/** A sheet problem in words, in Japanese or English, with its row and column. */
export function sheetProblemMessage(p: SheetProblem, lang: 'ja' | 'en'): string {
  const at = p.row ? `${sheetPlace(p.row, p.column, lang)}: ` : '';
  const known = Object.values(HEADER_NAMES).join('、');
  if (lang === 'ja') {
    switch (p.code) {
      case 'empty-file':
        return 'ファイルが空です。1行目に見出し（カテゴリ、質問、回答）、2行目から質問を1行に1件ずつ書いてください。';
      case 'unknown-column':
        return `${at}見出し「${p.name}」の列は使わずに読み込みました。使える見出し: ${known}（英語の category、question、answer、id、keywords、phrasings も可）。`;
      case 'rows-above-header':
        return `${p.rows!.join('、')}行目は見出しより上にあるため読み飛ばしました。見出しは${p.row}行目と判断しました。`;
      case 'empty-row':
        return `${at}空の行を読み飛ばしました。`;
      case 'duplicate-question':
        return `${at}同じ質問が${p.rows![0]}行目にもあります。どちらか一方にまとめてください。`;
      case 'duplicate-column':
        return `${at}見出し「${p.name}」の列が2つあります。`;
      case 'missing-column':
        return `${at}見出し「${p.name}」の列がありません。${p.found?.length ? `この行の見出しは「${p.found.join('」「')}」です。${p.name}の列の見出しを「${p.name}」に書き換えてください。` : ''}`;
      case 'empty-cell':
        return `${at}「${p.name}」が空です。`;
      case 'no-entries':
        return `${at}見出しの下に質問の行がありません。`;
    }
  }
  const english = (name?: string) => ({ カテゴリ: 'category', 質問: 'question', 回答: 'answer' })[name ?? ''] ?? name;
  switch (p.code) {
    case 'empty-file':
      return 'The file is empty. Write the headers (category, question, answer) in the first row, then one question per row.';
    case 'unknown-column':
      return `${at}the column "${p.name}" is not used and was passed over. Known headers: category, question, answer, id, keywords, phrasings, category id (or in Japanese: ${known}).`;
    case 'rows-above-header':
      return `row ${p.rows!.join(', ')}: above the headers (found in row ${p.row}), passed over.`;
    case 'empty-row':
      return `${at}empty row, passed over.`;
    case 'duplicate-question':
      return `${at}the same question is in row ${p.rows![0]} too; keep one of them.`;
    case 'duplicate-column':
      return `${at}the column "${p.name}" appears twice.`;
    case 'missing-column':
      return `${at}there is no "${english(p.name)}" column.${p.found?.length ? ` The headers of this row are "${p.found.join('", "')}": rename the ${english(p.name)} column "${english(p.name)}".` : ''}`;
    case 'empty-cell':
      return `${at}the ${english(p.name)} is empty.`;
    case 'no-entries':
      return `${at}there are no question rows under the headers.`;
  }
}
