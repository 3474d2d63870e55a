import type { FaqData } from './faq-types.js';
import { validate as validateSchema } from './faq-schema-validator.generated.js';
import { problemMessage, type ProblemCode } from './problem-messages.js';

/** One problem found in FAQ data: where it is, and what is wrong, in words a data editor can act on. */
export interface FaqProblem {
  /** JSON-pointer-like location, e.g. `/entries/3/question`. */
  path: string;
  /** The id of the entry or category concerned, when it has one. */
  id?: string;
  /** What kind of problem (the messages in each language are made from it). */
  code: ProblemCode;
  /** The offending value, when it helps to quote it (an id, a category). */
  value?: string;
  /** A limit the value broke (a maximum length). */
  limit?: number;
  /** The problem in English; `problemMessage(problem, 'ja')` says it in Japanese. */
  message: string;
}

export type FaqValidation = { ok: true; data: FaqData } | { ok: false; problems: FaqProblem[] };

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  schemaPath: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks untrusted FAQ data (a file, a `src` URL, a property) against `data/faq.schema.json`,
 * the single source of truth, compiled ahead of time (scripts/compile-schema.mjs) so that no
 * schema interpreter ships; then what JSON Schema cannot say: unique ids and entries that name
 * an existing category. Every problem is reported in one pass, both kinds together.
 */
export function validateFaq(input: unknown): FaqValidation {
  const problems: FaqProblem[] = [];
  if (!isObject(input)) {
    problems.push(problem('', 'not-object'));
    return { ok: false, problems };
  }
  const seen = new Set<string>();
  if (!validateSchema(input)) {
    for (const error of (validateSchema as unknown as { errors: SchemaError[] }).errors ?? []) {
      const found = fromSchemaError(error, input);
      // One problem per place: an empty text fails both minLength and pattern.
      if (found && !seen.has(found.path)) {
        seen.add(found.path);
        problems.push(found);
      }
    }
  }
  problems.push(...crossFieldProblems(input).filter((p) => !seen.has(p.path)));
  problems.sort((a, b) => comparePaths(a.path, b.path));
  return problems.length === 0 ? { ok: true, data: input as unknown as FaqData } : { ok: false, problems };
}

function problem(path: string, code: ProblemCode, extra: Partial<Pick<FaqProblem, 'id' | 'value' | 'limit'>> = {}): FaqProblem {
  const found: FaqProblem = { path, code, message: '', ...extra };
  if (found.id === undefined) delete found.id;
  found.message = problemMessage(found, 'en');
  return found;
}

/** The id of the entry or category a path points into, if it has a string one. */
function idAt(path: string, data: Record<string, unknown>): string | undefined {
  const at = /^\/(entries|categories)\/(\d+)/.exec(path);
  if (!at) return undefined;
  const list = data[at[1]];
  const item = Array.isArray(list) ? list[Number(at[2])] : undefined;
  return isObject(item) && typeof item.id === 'string' && item.id ? item.id : undefined;
}

function fromSchemaError(error: SchemaError, data: Record<string, unknown>): FaqProblem | undefined {
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
  const path = missing !== undefined ? `${error.instancePath}/${missing}` : error.instancePath;
  const id = idAt(path, data);
  if (path.startsWith('/index')) return problem('/index', 'index');
  if (missing !== undefined) return problem(path, 'missing', { id });
  const field = path.split('/').pop() ?? '';
  const value = valueAt(data, path);
  switch (error.keyword) {
    case 'type':
      return problem(path, error.params.type === 'array' ? 'not-list' : error.params.type === 'object' ? 'not-object' : 'not-text', { id });
    case 'minItems':
      return problem(path, /^\/synonyms\/\d+$/.test(path) ? 'synonym-group' : 'empty-list', { id });
    case 'maxLength':
      return problem(path, 'too-long', { id, limit: Number(error.params.limit) });
    case 'minLength':
      return problem(path, 'empty-text', { id });
    case 'pattern':
      if (field === 'lang') return problem(path, 'lang', { value: String(value) });
      if (field === 'updated' || field === 'captured') return problem(path, 'date', { value: String(value) });
      if (field === 'url') return problem(path, 'web-address', { value: String(value) });
      if (field === 'id' || field === 'category') return problem(path, 'slug', { id, value: String(value) });
      return problem(path, 'empty-text', { id });
    default:
      return problem(path, 'invalid', { id });
  }
}

function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('/').slice(1)) value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** Unique category and entry ids, entries in a listed category: what the schema cannot express. */
function crossFieldProblems(data: Record<string, unknown>): FaqProblem[] {
  const problems: FaqProblem[] = [];
  const categoryIds = new Set<string>();
  const categories = Array.isArray(data.categories) ? data.categories : [];
  categories.forEach((category: unknown, i) => {
    if (!isObject(category) || typeof category.id !== 'string') return;
    if (categoryIds.has(category.id)) problems.push(problem(`/categories/${i}/id`, 'duplicate-category', { id: category.id, value: category.id }));
    categoryIds.add(category.id);
  });
  const entryIds = new Set<string>();
  const entries = Array.isArray(data.entries) ? data.entries : [];
  entries.forEach((entry: unknown, i) => {
    if (!isObject(entry)) return;
    const id = typeof entry.id === 'string' && entry.id ? entry.id : undefined;
    if (id !== undefined) {
      if (entryIds.has(id)) problems.push(problem(`/entries/${i}/id`, 'duplicate-entry', { id, value: id }));
      entryIds.add(id);
    }
    if (typeof entry.category === 'string' && categoryIds.size > 0 && !categoryIds.has(entry.category))
      problems.push(problem(`/entries/${i}/category`, 'unknown-category', { id, value: entry.category }));
  });
  return problems;
}

/** Document order: `/entries/2/…` before `/entries/10/…`. */
function comparePaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (Number.isInteger(na) && Number.isInteger(nb) && pa[i] !== '' && pb[i] !== '') return na - nb;
    return ORDER(pa[i]) - ORDER(pb[i]) || (pa[i] < pb[i] ? -1 : 1);
  }
  return pa.length - pb.length;
}

const FIELD_ORDER = ['', 'lang', 'title', 'updated', 'categories', 'synonyms', 'entries', 'index', 'id', 'label', 'category', 'question', 'answer', 'keywords'];
const ORDER = (key: string) => {
  const at = FIELD_ORDER.indexOf(key);
  return at < 0 ? FIELD_ORDER.length : at;
};

/** One line per problem, for logs and the command-line tool, in English (`en`) or Japanese (`ja`). */
export function describeProblems(problems: readonly FaqProblem[], file?: string, lang: 'ja' | 'en' = 'en'): string[] {
  return problems.map((p) => {
    const id = p.id ? (lang === 'ja' ? `（ID「${p.id}」）` : ` (id "${p.id}")`) : '';
    return `${file ? `${file}: ` : ''}${p.path || '/'}${id}: ${problemMessage(p, lang)}`;
  });
}
