import { validateFaq, type FaqProblem } from '../data/validate-faq.js';
import { readFaqFile, reportProblems, say, writeFaq, type CliIO } from './cli-io.js';
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

/** Every problem of one parsed file: what the schema says, ids and category references, in one pass. */
export function checkFaq(data: unknown): FaqProblem[] {
  const result = validateFaq(data);
  return result.ok ? [] : result.problems;
}

/** Runs the command line; resolves to the exit status. */
export async function runCli(args: string[], io: CliIO = { out: console.log, err: console.error }): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
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
  if (command === 'build' && (rest.length === 1 || (rest.length === 3 && (rest[1] === '-o' || rest[1] === '--out')))) {
    const [file, , outFile = file] = rest;
    const data = readFaqFile(file, io);
    if (data === undefined || !reportProblems(data, file, io)) return 1;
    return writeFaq(data, outFile, io);
  }
  if (command === 'render') {
    const status = await runRender(rest, io, (data, file) => reportProblems(data, file, io));
    if (status !== null) return status;
  }
  if (command === 'import') {
    const options = parseImportArgs(rest);
    if (options) return runImport(options, io);
  }
  io.err(USAGE);
  return 2;
}
