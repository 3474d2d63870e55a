import type { FaqData } from './faq-types.js';

/** One problem found in FAQ data: where it is, and what is wrong, in words a data editor can act on. */
export interface FaqProblem {
  /** JSON-pointer-like location, e.g. `/entries/3/question`. */
  path: string;
  /** The id of the entry or category concerned, when it has one. */
  id?: string;
  message: string;
}

export type FaqValidation = { ok: true; data: FaqData } | { ok: false; problems: FaqProblem[] };

const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks untrusted FAQ data (from a `src` URL or a property) against the rules of
 * `data/faq.schema.json`, plus what JSON Schema cannot say: unique ids and entries that
 * name an existing category. Written by hand rather than shipping a schema validator in the
 * browser bundle, so that messages name the entry id and field; the test suite runs both on
 * the same cases to keep them in step.
 */
export function validateFaq(input: unknown): FaqValidation {
  const problems: FaqProblem[] = [];
  const report = (path: string, message: string, id?: string) => problems.push(id ? { path, id, message } : { path, message });

  if (!isObject(input)) {
    report('', 'FAQ data must be a JSON object with "lang", "categories" and "entries".');
    return { ok: false, problems };
  }
  if (typeof input.lang !== 'string' || !LANG.test(input.lang)) report('/lang', '"lang" must be a language tag such as "ja".');
  if (input.title !== undefined && !isText(input.title)) report('/title', '"title" must be non-empty text.');
  if (input.updated !== undefined && !(typeof input.updated === 'string' && DATE.test(input.updated)))
    report('/updated', '"updated" must be a date written YYYY-MM-DD.');

  if (input.synonyms !== undefined) {
    if (!Array.isArray(input.synonyms)) report('/synonyms', '"synonyms" must be an array of groups of words.');
    else
      input.synonyms.forEach((group: unknown, i) => {
        if (!Array.isArray(group) || group.length < 2 || !group.every(isText))
          report(`/synonyms/${i}`, 'Each synonym group must be an array of at least two non-empty words.');
      });
  }

  const categoryIds = new Set<string>();
  if (!Array.isArray(input.categories) || input.categories.length === 0) {
    report('/categories', '"categories" must be a non-empty array.');
  } else {
    input.categories.forEach((category: unknown, i) => {
      const path = `/categories/${i}`;
      if (!isObject(category)) return report(path, 'Each category must be an object with "id" and "label".');
      const id = typeof category.id === 'string' ? category.id : undefined;
      if (!id || !SLUG.test(id)) report(`${path}/id`, 'Category "id" must be letters, digits, "-" or "_".', id);
      else if (categoryIds.has(id)) report(`${path}/id`, `Category id "${id}" is used twice.`, id);
      else categoryIds.add(id);
      if (!isText(category.label)) report(`${path}/label`, 'Category "label" must be non-empty text.', id);
    });
  }

  const entryIds = new Set<string>();
  if (!Array.isArray(input.entries) || input.entries.length === 0) {
    report('/entries', '"entries" must be a non-empty array.');
  } else {
    input.entries.forEach((entry: unknown, i) => {
      const path = `/entries/${i}`;
      if (!isObject(entry)) return report(path, 'Each entry must be an object with "id", "category", "question" and "answer".');
      const id = typeof entry.id === 'string' ? entry.id : undefined;
      if (!id || !SLUG.test(id)) report(`${path}/id`, 'Entry "id" must be letters, digits, "-" or "_".', id);
      else if (entryIds.has(id)) report(`${path}/id`, `Entry id "${id}" is used twice.`, id);
      else entryIds.add(id);
      if (typeof entry.category !== 'string') report(`${path}/category`, 'Entry "category" must be a category id.', id);
      else if (categoryIds.size > 0 && !categoryIds.has(entry.category))
        report(`${path}/category`, `Entry category "${entry.category}" is not one of the categories.`, id);
      if (!isText(entry.question)) report(`${path}/question`, 'Entry "question" must be non-empty text.', id);
      if (!isText(entry.answer)) report(`${path}/answer`, 'Entry "answer" must be non-empty text.', id);
      if (entry.keywords !== undefined && !(Array.isArray(entry.keywords) && entry.keywords.every(isText)))
        report(`${path}/keywords`, 'Entry "keywords" must be an array of non-empty words.', id);
    });
  }

  return problems.length === 0 ? { ok: true, data: input as unknown as FaqData } : { ok: false, problems };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && /\S/.test(value);
}

/** One line per problem, for logs and the command-line tool. */
export function describeProblems(problems: FaqProblem[], file?: string): string[] {
  return problems.map((p) => `${file ? `${file}: ` : ''}${p.path || '/'}${p.id ? ` (id "${p.id}")` : ''}: ${p.message}`);
}
