import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { FaqData } from '../data/faq-types.js';
import { decodeText, encodingMessage } from '../data/decode-text.js';
import { describeProblems, validateFaq } from '../data/validate-faq.js';
import { analysisFor } from '../search/text-analysis.js';
import { prebuildIndex } from '../prebuild/prebuild.js';
import { AnalyzerMissingError } from '../prebuild/morphology.js';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Language of the messages; by default the system's (Japanese on a Japanese Windows or LANG=ja_JP). */
  lang?: 'ja' | 'en';
}

/** The language of the system the tool runs on: messages are in Japanese there, else English. */
export function systemLanguage(env: NodeJS.ProcessEnv = process.env): 'ja' | 'en' {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^ja/i.test(tag ?? '') ? 'ja' : 'en';
}

/** Picks the message for the tool's language. */
export const say = (io: CliIO, ja: string, en: string): string => ((io.lang ?? systemLanguage()) === 'ja' ? ja : en);

/** Reads and parses a FAQ JSON file, reporting why not on stderr; undefined when it cannot. */
export function readFaqFile(file: string, io: CliIO): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    io.err(`${file}: ${say(io, '読み込めません', 'cannot read')}: ${(error as Error).message}`);
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    io.err(`${file}: ${encodingMessage(decoded.encoding, io.lang ?? systemLanguage())}`);
    return undefined;
  }
  try {
    return JSON.parse(decoded.text);
  } catch (error) {
    io.err(`${file}: ${say(io, 'JSONとして読めません', 'not valid JSON')}: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * Writes a file the tool made; on failure (a folder that does not exist, no permission) says so
 * in one line instead of a stack trace. True when written.
 */
export function writeOutput(file: string, text: string, io: CliIO): boolean {
  try {
    writeFileSync(file, text);
    return true;
  } catch (error) {
    const folder = dirname(resolve(file));
    io.err(
      existsSync(folder)
        ? `${file}: ${say(io, '書き込めません', 'cannot write')}: ${(error as Error).message}`
        : say(
            io,
            `${file}: フォルダ ${folder} がありません。先にフォルダを作るか、別の場所を -o で指定してください。`,
            `${file}: the folder ${folder} does not exist. Create it first, or give another place with -o.`,
          ),
    );
    return false;
  }
}

/** A usage mistake, said in one line: exit status 2. */
export function usageError(message: string, io: CliIO): number {
  io.err(message);
  return 2;
}

/** Options of a command as `util.parseArgs` reads them (in any order), or a one-line usage message. */
export type ParsedArgs = { values: Record<string, string | boolean | undefined>; positionals: string[] } | { error: string };

export function parseCommandArgs(command: string, args: string[], options: ParseArgsConfig['options'], io: CliIO): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    const help = say(io, '使い方は line-gov-faq --help で表示します。', 'line-gov-faq --help prints the usage.');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return {
        error: say(io, `${command}: ${option} というオプションはありません。${help}`, `${command}: there is no option ${option}. ${help}`),
      };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      return { error: say(io, `${command}: ${option} には値が必要です。${help}`, `${command}: ${option} needs a value. ${help}`) };
    return { error: `${command}: ${(error as Error).message}. ${help}` };
  }
}

/** What to install for the prebuilt index, in the tool's language. */
export const analyzerMissing = (io: CliIO): string =>
  say(
    io,
    '検索用の索引を作るための形態素解析（npm のパッケージ kuromoji）が入っていません。索引を作るときだけ必要です: npm install --save-dev kuromoji sudachi-synonyms-dictionary',
    new AnalyzerMissingError(undefined).message,
  );

/** Validates data, printing every problem, one per line; true when valid. */
export function reportProblems(data: unknown, file: string, io: CliIO): data is FaqData {
  const result = validateFaq(data);
  if (result.ok) return true;
  for (const line of describeProblems(result.problems, file, io.lang ?? systemLanguage())) io.err(line);
  return false;
}

/**
 * Writes the FAQ to `outFile`, with its search index prebuilt when `withIndex` (and the data is
 * Japanese: the prebuilt analysis is Japanese morphology). Resolves to the exit status.
 */
export async function writeFaq(faq: FaqData, outFile: string, io: CliIO, withIndex = true, noIndexFlag = false): Promise<number> {
  const started = performance.now();
  let output: FaqData & { index?: unknown } = faq;
  const japanese = analysisFor(faq.lang) === 'ja';
  if (withIndex && japanese) {
    try {
      output = { ...faq, index: await prebuildIndex(faq) };
    } catch (error) {
      if (!(error instanceof AnalyzerMissingError)) throw error;
      io.err(analyzerMissing(io));
      // Only a command that takes --no-index suggests it (build is for the index).
      if (noIndexFlag)
        io.err(
          say(io, '（索引なしで書き出すには --no-index を付けてください）', '(add --no-index to write the file without a prebuilt index)'),
        );
      return 1;
    }
  }
  if (!writeOutput(outFile, JSON.stringify(output, null, 2) + '\n', io)) return 1;
  const ms = Math.round(performance.now() - started);
  const count = faq.entries.length;
  if (output !== faq)
    io.out(
      say(
        io,
        `${outFile}: ${count}件、検索用の索引を作成しました（${ms} ms）`,
        `${outFile}: ${count} entries, search index prebuilt in ${ms} ms`,
      ),
    );
  else io.out(say(io, `${outFile}: ${count}件（索引なし）`, `${outFile}: ${count} entries (no prebuilt index)`));
  return 0;
}
