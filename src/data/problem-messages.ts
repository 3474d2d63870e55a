/** Kinds of problems found in FAQ data (see validateFaq). */
export type ProblemCode =
  | 'not-object'
  | 'not-list'
  | 'not-text'
  | 'missing'
  | 'empty-text'
  | 'empty-list'
  | 'too-long'
  | 'slug'
  | 'lang'
  | 'date'
  | 'web-address'
  | 'synonym-group'
  | 'duplicate-category'
  | 'duplicate-entry'
  | 'unknown-category'
  | 'index'
  | 'invalid';

interface ProblemFacts {
  path: string;
  code: ProblemCode;
  value?: string;
  limit?: number;
}

/** The field a path ends in (`/entries/3/question` → `question`), or its list for an item. */
function fieldOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  return /^\d+$/.test(last) ? (parts[parts.length - 2] ?? '') : last;
}

// Field names as a webmaster sees them in the spreadsheet and the import (see README.ja.md).
const FIELD_JA: Record<string, string> = {
  lang: 'lang（言語）',
  title: 'title（タイトル）',
  updated: 'updated（更新日）',
  categories: 'categories（カテゴリ）',
  entries: 'entries（質問）',
  synonyms: 'synonyms（同義語）',
  id: 'id',
  label: 'label（カテゴリ名）',
  category: 'category（カテゴリ）',
  question: 'question（質問）',
  answer: 'answer（回答）',
  keywords: 'keywords（キーワード）',
  source: 'source（出典）',
  url: 'url（出典のページ）',
  captured: 'captured（出典の取得日）',
};

/** A problem in words a data editor can act on, in Japanese or English. */
export function problemMessage(p: ProblemFacts, lang: 'ja' | 'en'): string {
  const field = fieldOf(p.path);
  const ja = FIELD_JA[field] ?? field;
  const item = /\/\d+$/.test(p.path);
  if (lang === 'ja') {
    switch (p.code) {
      case 'not-object':
        return p.path ? `${item ? `${ja}の各項目` : `「${ja}」`}はオブジェクト（{ … }）にしてください。` : 'FAQデータは "lang"、"categories"、"entries" を持つJSONオブジェクトでなければなりません。';
      case 'not-list':
        return `「${ja}」は配列（[ … ]）にしてください。`;
      case 'not-text':
        return `「${ja}」は文字列にしてください。`;
      case 'missing':
        return `「${ja}」がありません。`;
      case 'empty-text':
        return `「${ja}」が空です。`;
      case 'empty-list':
        return `「${ja}」が空です。1件以上必要です。`;
      case 'too-long':
        return `「${ja}」が長すぎます（${p.limit}文字まで）。`;
      case 'slug':
        return `「${ja}」「${p.value}」には半角の英数字と「-」「_」だけを使い、英数字で始めてください。`;
      case 'lang':
        return `「lang」は "ja" や "en" のような言語コードにしてください（「${p.value}」）。`;
      case 'date':
        return `「${ja}」は 2026-04-01 のような日付にしてください（「${p.value}」）。`;
      case 'web-address':
        return `「${ja}」は https:// で始まるページのアドレスにしてください（「${p.value}」）。`;
      case 'synonym-group':
        return '同義語のグループには2語以上が必要です。';
      case 'duplicate-category':
        return `カテゴリID「${p.value}」が2回使われています。`;
      case 'duplicate-entry':
        return `質問のID「${p.value}」が2回使われています。`;
      case 'unknown-category':
        return `カテゴリ「${p.value}」は categories にありません。`;
      case 'index':
        return '検索用のデータ（index）が壊れています。line-gov-faq build で作り直してください。';
      default:
        return `「${ja}」の値が正しくありません。`;
    }
  }
  switch (p.code) {
    case 'not-object':
      return p.path ? `${item ? `Each item of "${field}"` : `"${field}"`} must be an object.` : 'FAQ data must be a JSON object with "lang", "categories" and "entries".';
    case 'not-list':
      return `"${field}" must be an array.`;
    case 'not-text':
      return `"${field}" must be text.`;
    case 'missing':
      return `"${field}" is missing.`;
    case 'empty-text':
      return `"${field}" must be non-empty text.`;
    case 'empty-list':
      return `"${field}" must not be empty.`;
    case 'too-long':
      return `"${field}" is too long (at most ${p.limit} characters).`;
    case 'slug':
      return `"${field}" "${p.value}" must be letters, digits, "-" or "_", starting with a letter or digit.`;
    case 'lang':
      return `"lang" must be a language tag such as "ja" or "en" (not "${p.value}").`;
    case 'date':
      return `"${field}" must be a date written YYYY-MM-DD (not "${p.value}").`;
    case 'web-address':
      return `"${field}" must be a web address starting with https:// (not "${p.value}").`;
    case 'synonym-group':
      return 'Each synonym group must have at least two words.';
    case 'duplicate-category':
      return `Category id "${p.value}" is used twice.`;
    case 'duplicate-entry':
      return `Entry id "${p.value}" is used twice.`;
    case 'unknown-category':
      return `Entry category "${p.value}" is not one of the categories.`;
    case 'index':
      return 'The prebuilt search data ("index") is damaged: run line-gov-faq build again.';
    default:
      return `"${field}" is not valid.`;
  }
}
