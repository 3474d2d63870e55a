import { basename } from 'node:path';
import { importSheet } from '../data/import-sheet.js';
import { sheetReadMessage } from '../data/read-sheet-bytes.js';
import { readSpreadsheet } from './read-sheet.js';
import { parseCommandArgs, say, systemLanguage, writeFaq, type CliIO } from './cli-io.js';

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

/** The import command's arguments (in any order), or a one-line message saying what is missing. */
export function parseImportArgs(args: string[], io: CliIO): ImportArgs | { error: string } {
  const parsed = parseCommandArgs(
    'import',
    args,
    { out: { type: 'string', short: 'o' }, lang: { type: 'string' }, title: { type: 'string' }, 'no-index': { type: 'boolean' } },
    io,
  );
  if ('error' in parsed) return parsed;
  const [file, ...more] = parsed.positionals;
  const out = parsed.values.out as string | undefined;
  if (!file || more.length > 0)
    return {
      error: say(
        io,
        'import: 表のファイルを1つ指定してください。例: line-gov-faq import faq.xlsx -o faq.json',
        'import: give one spreadsheet. E.g. line-gov-faq import faq.xlsx -o faq.json',
      ),
    };
  if (!out)
    return {
      error: say(
        io,
        `import: 書き出すファイルを -o で指定してください。例: line-gov-faq import ${file} -o faq.json`,
        `import: give the file to write with -o. E.g. line-gov-faq import ${file} -o faq.json`,
      ),
    };
  const { lang = 'ja', title } = parsed.values as { lang?: string; title?: string };
  return { file, out, lang, ...(title ? { title } : {}), index: !parsed.values['no-index'] };
}

/** `line-gov-faq import`: a spreadsheet to checked FAQ data. Resolves to the exit status. */
export async function runImport(options: ImportArgs, io: CliIO): Promise<number> {
  const lang = io.lang ?? systemLanguage();
  const { file } = options;
  const read = await readSpreadsheet(file);
  if (!read.ok) {
    io.err(`${file}: ${sheetReadMessage(read, lang)}`);
    return 1;
  }
  const imported = importSheet(read.rows, { lang: options.lang, title: options.title }, lang, read.sheet);
  for (const message of imported.messages)
    io.err(`${file}: ${message.level === 'note' ? `${say(io, '注意', 'note')}: ` : ''}${message.text}`);
  if (!imported.ok) return 1;
  const { faq } = imported;
  const status = await writeFaq(faq, options.out, io, options.index, true);
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
