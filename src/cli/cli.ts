import { parseCommandArgs, readFaqFile, reportProblems, say, usageError, writeFaq, type CliIO } from './cli-io.js';
import { IMPORT_USAGE, parseImportArgs, runImport } from './import.js';
import { RENDER_USAGE, runRender } from './render.js';

export type { CliIO } from './cli-io.js';

const USAGE = `Usage:
  line-gov-faq validate <faq.json>...        check FAQ files against the data format
  line-gov-faq build <faq.json> [-o out.json] check, then write the file with its search index
                                             prebuilt (to out.json, or in place); needs the
                                             packages kuromoji and sudachi-synonyms-dictionary
${RENDER_USAGE}
${IMPORT_USAGE}
  line-gov-faq --help                        this text

Problems are printed as  file: /entries/3/question (id "my-entry"): what is wrong
Messages are in Japanese on a Japanese system (LANG=ja_JP…), else in English.
Exit status: 0 when every file is valid, 1 when one is not, 2 on a usage error.`;

const USAGE_JA = `使い方:
  line-gov-faq validate <faq.json>...          FAQのファイルがデータ形式に合っているかを確かめます
  line-gov-faq build <faq.json> [-o 出力.json]  確かめてから、検索用の索引を付けて書き出します
                                               （-o がなければ元のファイルに）。kuromoji と
                                               sudachi-synonyms-dictionary のパッケージが必要です
  line-gov-faq render [faq.json] [-o 出力.html] [--heading-level N]
                                               FAQを、ページに貼り付ける <line-gov-faq> のマークアップに
                                               します（ファイルなしで同梱のFAQ）。スクリプトが動く前から
                                               質問が表示されます
  line-gov-faq import <faq.csv|faq.xlsx> -o <faq.json> [--lang ja] [--title "…"] [--no-index]
                                               表（1行に1問。見出しは カテゴリ・質問・回答、ほかに ID、
                                               キーワード、言い換え、カテゴリID）をFAQのデータにします。
                                               確かめて、検索用の索引も作ります
  line-gov-faq --help                          この説明

問題は  ファイル: /entries/3/question（ID「my-entry」）: 何が違うか  の形で表示します。
終了コード: すべて問題なければ 0、問題があれば 1、使い方の誤りは 2。`;

/** The usage in the tool's language. */
const usage = (io: CliIO) => say(io, USAGE_JA, USAGE);

/** Runs the command line; resolves to the exit status. */
export async function runCli(args: string[], io: CliIO = { out: console.log, err: console.error }): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(usage(io));
    return 0;
  }
  if (command === 'validate' && rest.length > 0) {
    let status = 0;
    for (const file of rest) {
      const data = readFaqFile(file, io);
      if (data === undefined || !reportProblems(data, file, io)) status = 1;
      else io.out(say(io, `${file}: 問題ありません（${data.entries.length}件）`, `${file}: valid (${data.entries.length} entries)`));
    }
    return status;
  }
  if (command === 'build') {
    const parsed = parseCommandArgs('build', rest, { out: { type: 'string', short: 'o' } }, io);
    if ('error' in parsed) return usageError(parsed.error, io);
    if (parsed.positionals.length !== 1)
      return usageError(
        say(
          io,
          'build: FAQのファイルを1つ指定してください。例: line-gov-faq build faq.json -o faq.built.json',
          'build: give one FAQ file. E.g. line-gov-faq build faq.json -o faq.built.json',
        ),
        io,
      );
    const [file] = parsed.positionals;
    const outFile = (parsed.values.out as string | undefined) ?? file;
    const data = readFaqFile(file, io);
    if (data === undefined || !reportProblems(data, file, io)) return 1;
    return writeFaq(data, outFile, io);
  }
  if (command === 'render') return runRender(rest, io, (data, file) => reportProblems(data, file, io));
  if (command === 'import') {
    const options = parseImportArgs(rest, io);
    return 'error' in options ? usageError(options.error, io) : runImport(options, io);
  }
  io.err(usage(io));
  return 2;
}
