import { fileURLToPath } from 'node:url';
import type { FaqData } from '../data/faq-types.js';
import { AnalyzerMissingError } from '../prebuild/morphology.js';
import { prebuildIndex } from '../prebuild/prebuild.js';
import { analyzerMissing, parseCommandArgs, readFaqFile, say, usageError, writeOutput, type CliIO } from './cli-io.js';
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
export async function runRender(args: string[], io: CliIO, check: (data: unknown, file: string) => boolean): Promise<number> {
  const parsed = parseCommandArgs('render', args, { out: { type: 'string', short: 'o' }, 'heading-level': { type: 'string' } }, io);
  if ('error' in parsed) return usageError(parsed.error, io);
  const level = parsed.values['heading-level'] as string | undefined;
  if (level !== undefined && !/^[2-6]$/.test(level))
    return usageError(
      say(
        io,
        `render: --heading-level は 2〜6 の数字です（分類の見出しが <h${'{N}'}> になります。例: --heading-level 3）。`,
        `render: --heading-level takes a number from 2 to 6 (category headings become <h${'{N}'}>; e.g. --heading-level 3).`,
      ),
      io,
    );
  if (parsed.positionals.length > 1)
    return usageError(say(io, 'render: FAQのファイルは1つだけ指定してください。', 'render: give one FAQ file.'), io);
  const options = {
    file: parsed.positionals[0],
    out: parsed.values.out as string | undefined,
    headingLevel: level ? Number(level) : undefined,
  };
  // A spreadsheet is made into FAQ data first.
  if (options.file && /\.(csv|xlsx)$/i.test(options.file))
    return usageError(
      say(
        io,
        `render: ${options.file} は表のファイルです。先に line-gov-faq import ${options.file} -o faq.json でJSONにしてから、line-gov-faq render faq.json としてください。`,
        `render: ${options.file} is a spreadsheet. Make it FAQ data first: line-gov-faq import ${options.file} -o faq.json, then line-gov-faq render faq.json.`,
      ),
      io,
    );
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
      io.err(
        `${file}: ${say(io, '検索用の索引なしで書き出します（ウィジェットがブラウザーで索引を作ります）。', 'no prebuilt search index (the widget will index in the browser).')} ${analyzerMissing(io)}`,
      );
    }
  }
  const html = renderFaqMarkup(faq, { prebuilt, headingLevel: options.headingLevel });
  if (options.out) {
    if (!writeOutput(options.out, html, io)) return 1;
    io.err(
      say(
        io,
        `${options.out}: ${faq.entries.length}件の質問をマークアップにしました`,
        `${options.out}: ${faq.entries.length} questions as markup`,
      ),
    );
  } else io.out(html.trimEnd());
  return 0;
}
