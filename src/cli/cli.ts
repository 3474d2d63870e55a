import { readFileSync, writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import schema from '../../data/faq.schema.json';
import { describeProblems, validateFaq, type FaqProblem } from '../data/validate-faq.js';
import { prebuildIndex } from '../prebuild/prebuild.js';
import { AnalyzerMissingError } from '../prebuild/morphology.js';
import { RENDER_USAGE, runRender } from './render.js';

const USAGE = `Usage:
  line-gov-faq validate <faq.json>...        check FAQ files against the data format
  line-gov-faq build <faq.json> [-o out.json] check, then write the file with its search index
                                             prebuilt (to out.json, or in place); needs the
                                             packages kuromoji and sudachi-synonyms-dictionary
${RENDER_USAGE}

Problems are printed as  file: /entries/3/question (id "my-entry"): what is wrong
Exit status: 0 when every file is valid, 1 when one is not, 2 on a usage error.`;

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

const validateWithSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Every problem of one parsed file: what the schema says, then ids and category references. */
export function checkFaq(data: unknown): FaqProblem[] {
  if (!validateWithSchema(data)) {
    const entries = (data as { entries?: Array<{ id?: unknown }> } | null)?.entries;
    return (validateWithSchema.errors ?? []).map((error) => {
      const at = /^\/entries\/(\d+)/.exec(error.instancePath);
      const id = at && Array.isArray(entries) ? entries[Number(at[1])]?.id : undefined;
      const where = error.keyword === 'required' ? `${error.instancePath}/${String(error.params.missingProperty)}` : error.instancePath;
      const message = error.keyword === 'required' ? 'is missing' : (error.message ?? 'is not valid');
      return typeof id === 'string' ? { path: where, id, message } : { path: where, message };
    });
  }
  const result = validateFaq(data);
  return result.ok ? [] : result.problems;
}

function readFaq(file: string, io: CliIO): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot read: ${(error as Error).message}`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    io.err(`${file}: not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

/** Runs the command line; resolves to the exit status. */
export async function runCli(args: string[], io: CliIO = { out: console.log, err: console.error }): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'validate' && rest.length > 0) {
    let status = 0;
    for (const file of rest) {
      const data = readFaq(file, io);
      const problems = data === undefined ? null : checkFaq(data);
      if (!problems) status = 1;
      else if (problems.length > 0) {
        describeProblems(problems, file).forEach(io.err);
        status = 1;
      } else io.out(`${file}: valid (${(data as { entries: unknown[] }).entries.length} entries)`);
    }
    return status;
  }
  if (command === 'build' && (rest.length === 1 || (rest.length === 3 && (rest[1] === '-o' || rest[1] === '--out')))) {
    const [file, , outFile = file] = rest;
    const data = readFaq(file, io);
    if (data === undefined) return 1;
    const problems = checkFaq(data);
    if (problems.length > 0) {
      describeProblems(problems, file).forEach(io.err);
      return 1;
    }
    const faq = data as Parameters<typeof prebuildIndex>[0];
    const started = performance.now();
    let index;
    try {
      index = await prebuildIndex(faq);
    } catch (error) {
      if (!(error instanceof AnalyzerMissingError)) throw error;
      io.err(error.message);
      return 1;
    }
    const withIndex = { ...faq, index };
    writeFileSync(outFile, JSON.stringify(withIndex, null, 2) + '\n');
    io.out(`${outFile}: ${faq.entries.length} entries, search index prebuilt in ${Math.round(performance.now() - started)} ms`);
    return 0;
  }
  if (command === 'render') {
    const status = await runRender(rest, io, (data, file) => {
      const problems = checkFaq(data);
      describeProblems(problems, file).forEach((line) => io.err(line));
      return problems.length === 0;
    });
    if (status !== null) return status;
  }
  io.err(USAGE);
  return 2;
}
