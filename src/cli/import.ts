import { basename } from 'node:path';
import { describeProblems, validateFaq } from '../data/validate-faq.js';
import { encodingMessage } from '../data/decode-text.js';
import { sheetProblemMessage, sheetToFaq } from '../data/sheet-to-faq.js';
import { readSpreadsheet } from './read-sheet.js';
import { say, systemLanguage, writeFaq, type CliIO } from './cli-io.js';

export const IMPORT_USAGE = `  line-gov-faq import <faq.csv|faq.xlsx> -o <faq.json> [--lang ja] [--title "…"] [--no-index]
                                             turn a spreadsheet (one question per row, headers
                                             カテゴリ/category, 質問/question, 回答/answer, and
                                             optionally ID, キーワード/keywords, カテゴリID) into
                                             FAQ data, checked and with its search index prebuilt`;

interface ImportArgs {
  file: string;
  out: string;
  lang: string;
  title?: string;
  index: boolean;
}

/** The import command's arguments, or undefined when they do not make sense. */
export function parseImportArgs(args: string[]): ImportArgs | undefined {
  const parsed: Partial<ImportArgs> = { lang: 'ja', index: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if ((arg === '-o' || arg === '--out') && args[i + 1]) parsed.out = args[++i];
    else if (arg === '--lang' && args[i + 1]) parsed.lang = args[++i];
    else if (arg === '--title' && args[i + 1]) parsed.title = args[++i];
    else if (arg === '--no-index') parsed.index = false;
    else if (!arg.startsWith('-') && parsed.file === undefined) parsed.file = arg;
    else return undefined;
  }
  return parsed.file && parsed.out ? (parsed as ImportArgs) : undefined;
}

/** `line-gov-faq import`: a spreadsheet to checked FAQ data. Resolves to the exit status. */
export async function runImport(options: ImportArgs, io: CliIO): Promise<number> {
  const lang = io.lang ?? systemLanguage();
  const { file } = options;
  const read = await readSpreadsheet(file);
  if (!read.ok) {
    if (read.reason === 'format')
      io.err(say(io, `${file}: .csv か .xlsx のファイルを指定してください。`, `${file}: give a .csv or .xlsx file.`));
    else if (read.reason === 'encoding') io.err(`${file}: ${encodingMessage(read.encoding, lang)}`);
    else io.err(`${file}: ${say(io, '読み込めません', 'cannot read')}: ${read.message}`);
    return 1;
  }
  const converted = sheetToFaq(read.rows, { lang: options.lang, title: options.title });
  if (!converted.ok) {
    for (const problem of converted.problems) io.err(`${file}: ${sheetProblemMessage(problem, lang)}`);
    return 1;
  }
  const { faq, rows, warnings } = converted;
  for (const warning of warnings) io.err(`${file}: ${say(io, '注意', 'note')}: ${sheetProblemMessage(warning, lang)}`);
  const checked = validateFaq(faq);
  if (!checked.ok) {
    // Problems of the data (a lang tag, an ID column's value) are told by the sheet's row.
    for (const problem of checked.problems) {
      const at = /^\/entries\/(\d+)/.exec(problem.path);
      const row = at ? rows[Number(at[1])] : undefined;
      const where = row ? say(io, `${row}行目`, `row ${row}`) : '';
      io.err(
        `${file}: ${where ? `${where}: ` : ''}${describeProblems([{ ...problem, path: where ? problem.path.replace(/^\/entries\/\d+\//, '') : problem.path }], undefined, lang)[0]}`,
      );
    }
    return 1;
  }
  const status = await writeFaq(faq, options.out, io, options.index);
  if (status === 0) {
    io.out(say(io, 'カテゴリ（categories 属性に書くID: 表示名）:', 'Categories (ids for the categories attribute: label):'));
    for (const category of faq.categories) io.out(`  ${category.id}: ${category.label}`);
    const name = basename(options.out);
    io.out(
      say(
        io,
        `次に ${name} をサーバーにアップロードし、<line-gov-faq src="/…/${name}"></line-gov-faq> と書いてください。`,
        `Next: upload ${name} and write <line-gov-faq src="/…/${name}"></line-gov-faq>.`,
      ),
    );
  }
  return status;
}
