import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FaqData } from '../data/faq-types.js';
import { AnalyzerMissingError } from '../prebuild/morphology.js';
import { prebuildIndex } from '../prebuild/prebuild.js';
import { readFaqFile, type CliIO } from './cli-io.js';
import { renderFaqMarkup } from './render-markup.js';

export const RENDER_USAGE = `  line-gov-faq render [faq.json] [-o out.html] [--heading-level N]
                                             print the FAQ (the bundled one without a file) as
                                             <line-gov-faq> markup to paste into a page: the
                                             questions show before any script runs`;

/** The bundled FAQ as the package ships it (dist/cli.js → data/faq.ja.json). */
const BUNDLED = fileURLToPath(new URL('../data/faq.ja.json', import.meta.url));

/**
 * `render`: the FAQ as markup for a CMS page, with its search index (the file's own when it was
 * built, else prebuilt now when the analyzer is installed, else none: the widget then indexes
 * in the browser). Resolves to the exit status, or null when the arguments are not `render`'s.
 */
export async function runRender(args: string[], io: CliIO, check: (data: unknown, file: string) => boolean): Promise<number | null> {
  const options = parseArgs(args);
  if (!options) return null;
  const file = options.file ?? BUNDLED;
  // As validate and build read it: a BOM accepted, another encoding than UTF-8 refused by name.
  const data = readFaqFile(file, io);
  if (data === undefined || !check(data, file)) return 1;
  const { index, ...faq } = data as FaqData & { index?: unknown };
  let prebuilt = index;
  if (prebuilt === undefined) {
    try {
      prebuilt = await prebuildIndex(faq);
    } catch (error) {
      if (!(error instanceof AnalyzerMissingError)) throw error;
      io.err(`${file}: no prebuilt search index (the widget will index in the browser). ${error.message}`);
    }
  }
  const html = renderFaqMarkup(faq, { prebuilt, headingLevel: options.headingLevel });
  if (options.out) {
    writeFileSync(options.out, html);
    io.err(`${options.out}: ${faq.entries.length} questions as markup`);
  } else io.out(html.trimEnd());
  return 0;
}

function parseArgs(args: string[]): { file?: string; out?: string; headingLevel?: number } | null {
  const options: { file?: string; out?: string; headingLevel?: number } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if ((arg === '-o' || arg === '--out') && args[i + 1]) options.out = args[++i];
    else if (arg === '--heading-level' && /^[2-6]$/.test(args[i + 1] ?? '')) options.headingLevel = Number(args[++i]);
    else if (!arg.startsWith('-') && options.file === undefined) options.file = arg;
    else return null;
  }
  return options;
}
