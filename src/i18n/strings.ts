/** The widget's own words (the FAQ text itself stays as the data has it). */
export interface UiStrings {
  searchLabel: string;
  /** Example queries for the bundled FAQ. */
  searchPlaceholder: string;
  /** Placeholder for other data. */
  searchPlaceholderGeneric: string;
  filterLabel: string;
  allCategories: string;
  expandAll: string;
  collapseAll: string;
  resultCount: (count: number) => string;
  totalCount: (count: number) => string;
  /** `{}` stands for the query, shown isolated from the sentence's text direction. */
  noResults: string;
  noResultsHint: string;
  /** `{}` stands for the category label. */
  noResultsInCategory: string;
  clearSearch: string;
  relatedQuestions: string;
  /** Heading of near matches: questions that hold part of what was asked. */
  nearMatches: string;
  nearMatchCount: (count: number) => string;
  /** Heading of the featured questions (the `featured` attribute). */
  featuredQuestions: string;
  /** Heading of the categories offered when a search found nothing. */
  browseByCategory: string;
  /** Answers followed by near matches. */
  resultWithNearCount: (answers: number, near: number) => string;
  showAllCategories: string;
  /** Asked under an opened answer (the `feedback` attribute), with a yes and a no button. */
  feedbackQuestion: string;
  feedbackYes: string;
  feedbackNo: string;
  feedbackThanks: string;
  /** Before the city's contact link (`contact-href`) where nothing fits, and its label when not given. */
  contactLead: string;
  contactLabel: string;
  showMore: (remaining: number) => string;
  loading: string;
  preparingSearch: string;
  externalLink: string;
  /** What residents are told when the FAQ cannot be shown (details go to the webmaster). */
  unavailableNotice: string;
  /** Told to residents when newer data failed and the data shown before stays. */
  updateFailedNotice: string;
  /** Told to the webmaster (console, faq-error) when valid data could not be indexed. */
  searchUnavailable: string;
  /** Console: the prebuilt index given with the FAQ does not fit it (edited text, or another version). */
  prebuiltRefused: (why: 'text' | 'format') => string;
  countSuffix: (count: number) => string;
  /** Before the publisher and page of a FAQ that is someone else's text. */
  sourceLabel: string;
  /** After them: the day the text was copied (`YYYY-MM-DD`). */
  capturedOn: (date: string) => string;
}

const ja: UiStrings = {
  searchLabel: '質問を検索',
  searchPlaceholder: '例：友だちを増やす',
  searchPlaceholderGeneric: 'キーワードを入力',
  filterLabel: 'カテゴリで絞り込む',
  allCategories: 'すべて',
  expandAll: 'すべて開く',
  collapseAll: 'すべて閉じる',
  resultCount: (n) => (n ? `${n}件の質問が見つかりました` : '該当する質問はありません'),
  totalCount: (n) => `${n}件の質問があります`,
  noResults: '「{}」に一致する質問は見つかりませんでした。',
  noResultsHint: '別の言葉で検索するか、検索をクリアしてすべての質問をご覧ください。',
  noResultsInCategory: '「{}」カテゴリ内に該当する質問はありません。',
  clearSearch: '検索をクリア',
  relatedQuestions: '関連する質問',
  nearMatches: '関連する可能性のある質問',
  nearMatchCount: (n) => `完全に一致する質問はありませんが、関連する可能性のある質問が${n}件あります`,
  resultWithNearCount: (n, m) => `${n}件の質問が見つかりました（ほかに関連する可能性のある質問が${m}件）`,
  showAllCategories: 'すべてのカテゴリを表示',
  feedbackQuestion: 'この回答は役に立ちましたか？',
  feedbackYes: 'はい',
  feedbackNo: 'いいえ',
  feedbackThanks: 'ご意見ありがとうございました。',
  contactLead: 'ここで解決しないときは：',
  contactLabel: 'お問い合わせ',
  browseByCategory: 'カテゴリから探す',
  featuredQuestions: 'よく見られている質問',
  showMore: (n) => `さらに表示（残り${n}件）`,
  loading: 'FAQを読み込んでいます…',
  preparingSearch: '検索の準備をしています…',
  externalLink: '（外部サイト・新しいタブで開きます）',
  unavailableNotice: '現在、よくある質問を表示できません。しばらくしてから、もう一度お試しください。',
  updateFailedNotice: '最新のよくある質問を読み込めませんでした。以前の内容を表示しています。',
  searchUnavailable: '検索を準備できませんでした。',
  prebuiltRefused: (why) =>
    `検索用の索引は${why === 'text' ? '作成後に本文が変わった' : '別のバージョンの'}ため使いません。line-gov-faq render か build で作り直してください。`,
  countSuffix: (n) => `${n}件`,
  sourceLabel: '出典：',
  capturedOn: (date) => {
    const [y, m, d] = date.split('-').map(Number);
    return `（${y}年${m}月${d}日時点）`;
  },
};

const en: UiStrings = {
  searchLabel: 'Search questions',
  searchPlaceholder: 'e.g. リッチメニュー',
  searchPlaceholderGeneric: 'Type a keyword',
  filterLabel: 'Filter by category',
  allCategories: 'All',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  resultCount: (n) => (n ? `${n} ${n === 1 ? 'question' : 'questions'} found` : 'No matching questions'),
  totalCount: (n) => `${n} ${n === 1 ? 'question' : 'questions'}`,
  noResults: 'No questions match “{}”.',
  noResultsHint: 'Try other words, or clear the search to see all questions.',
  noResultsInCategory: 'Nothing in the category “{}” matches.',
  clearSearch: 'Clear search',
  relatedQuestions: 'Related questions',
  nearMatches: 'Questions that may be related',
  nearMatchCount: (n) => `No question matches exactly; ${n} ${n === 1 ? 'question' : 'questions'} may be related`,
  resultWithNearCount: (n, m) => `${n} ${n === 1 ? 'question' : 'questions'} found, and ${m} that may be related`,
  showAllCategories: 'Show all categories',
  feedbackQuestion: 'Was this answer helpful?',
  feedbackYes: 'Yes',
  feedbackNo: 'No',
  feedbackThanks: 'Thank you for your feedback.',
  contactLead: 'Not answered here? ',
  contactLabel: 'Contact us',
  browseByCategory: 'Browse by category',
  featuredQuestions: 'Frequently viewed questions',
  showMore: (n) => `Show more (${n} left)`,
  loading: 'Loading the FAQ…',
  preparingSearch: 'Preparing search…',
  externalLink: ' (external site, opens in a new tab)',
  unavailableNotice: 'The FAQ cannot be shown right now. Please try again later.',
  updateFailedNotice: 'The latest FAQ could not be loaded; the earlier version is shown.',
  searchUnavailable: 'Search could not be prepared.',
  prebuiltRefused: (why) =>
    `The prebuilt search index is not used: ${why === 'text' ? 'the text changed since it was made' : 'another version made it'}. Make it again with line-gov-faq render or build.`,
  countSuffix: (n) => String(n),
  sourceLabel: 'Source: ',
  capturedOn: (date) => ` (as of ${date})`,
};

/** UI strings for a language tag: `en`, `en-US` → English; anything else → Japanese. */
export function stringsFor(lang: string | null | undefined): UiStrings {
  return (lang ?? '').toLowerCase().split('-')[0] === 'en' ? en : ja;
}
