#!/usr/bin/env node
// Turns the seed text (a copy of LINE Yahoo's FAQ page for local governments, kept in
// data/source/) into data/faq.ja.json. Run once by hand when the source changes
// (`node --import tsx scripts/seed-to-json.mjs`: it shares the data code in src/); the JSON is
// the committed artefact and the test suite checks it against the source again.
//
// The seed is plain lines: category headings, then questions, each followed by answer lines.
// Which lines are questions cannot be told from punctuation alone (many questions and answer
// lines both end in 「ください。」), so the questions are listed here with their slugs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldRadicals } from '../src/data/fold-radicals.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SOURCE_FILE = 'data/source/line-gov-faq-seed.txt';
/** Curated synonym groups and per-entry keywords, kept beside the source text. */
export const SYNONYMS_FILE = 'data/source/synonyms.ja.json';
/** How people ask for each entry, written blind from the FAQ text by writers of several personas. */
export const PHRASINGS_FILE = 'data/source/phrasings.ja.json';

export const CATEGORIES = [
  ['about-line', 'LINEについて'],
  ['partner-program', 'LINEスマートシティ推進パートナープログラム'],
  ['official-account', 'LINE公式アカウント'],
  ['stickers', 'LINEスタンプ'],
  ['line-pay', 'LINE Pay'],
  ['consultation', 'LINE 相談'],
  ['other', 'その他'],
];

/** [slug, question] in seed order. Slugs become deep-link anchors: keep them stable. */
export const QUESTIONS = [
  ['benefits-for-government', '行政においてLINEを活用するメリットは何ですか?'],
  ['how-many-users', 'LINEがどのくらい使われているか教えてください。'],
  ['difference-from-other-sns', '他SNSとの違いは何ですか?'],
  ['elderly-users', '高齢者でもLINEを使えますか?'],
  ['government-use-cases', '行政でのLINE活用事例を教えてください。'],
  ['partner-program-materials', 'LINEスマートシティ推進パートナープログラムに関する資料はありますか?'],
  [
    'join-without-official-account',
    '自治体に「LINE公式アカウント」がない(または部署単位の公式アカウントしかない)のですが、参加可能ですか?',
  ],
  ['who-can-join', '行政職員以外は参加できませんか?'],
  ['change-registration', '登録情報を変更する場合はどうすればよいですか?'],
  ['what-is-official-account', 'LINE公式アカウントとは何ですか?'],
  ['free-for-municipalities', '自治体はLINE公式アカウントを無償で利用できますか?'],
  ['local-government-plan-vs-standard', '地方公共団体プランと、通常の料金プランとの違いを教えてください。'],
  ['verified-vs-unverified', '認証済アカウントと未認証アカウントの違いを教えてください。'],
  ['basic-features', 'LINE公式アカウントの基本機能でできることを教えてください。'],
  ['basic-features-manual', '基本機能のマニュアルはありますか?'],
  ['rich-menu', 'リッチメニューとは何ですか?'],
  ['message-delivery', 'メッセージ配信とは何ですか?'],
  ['line-voom-benefits', 'LINE VOOMを使うメリットを教えてください。'],
  ['open-an-account', 'LINE公式アカウントの開設方法を教えてください。'],
  ['public-on-creation', 'アカウントを開設すると同時に一般公開されますか?'],
  ['line-business-id', 'LINEビジネスIDとは何ですか?'],
  ['business-account', 'ビジネスアカウントとは何ですか?'],
  ['which-department-applies', 'LINE公式アカウントは、どの部署で申請するとよいですか?'],
  ['change-or-add-admins', 'LINE公式アカウントの管理者は変更・追加できますか?'],
  ['verification-rejected', '認証アカウントの申請をしているが、認証(承認)されませんでした。理由を教えてください。'],
  ['plan-which-department', '地方公共団体プランは、どの部署で申請を行えばよいですか?'],
  ['plan-rejected', '地方公共団体プランの適用条件を満たしていますが、審査結果不可となりました。理由を教えてください。'],
  ['rename-account', 'アカウント名を途中で変更することはできますか?'],
  ['contract-with-lycorp', '自治体でLINE公式アカウントを利用する際に、LINEヤフーと契約を結ぶ必要がありますか?'],
  ['internal-training', '「LINE公式アカウント」導入を促す庁内向けの「説明研修」をお願いできますか?'],
  ['increase-friends', 'LINE公式アカウントの友だちを増やすにはどのようにすればよいでしょうか?'],
  ['reduce-blocks', '友だちのブロック率を減らすにはどのようにすればよいでしょうか?'],
  ['switchable-rich-menu', '変動リッチメニューとは何ですか?'],
  ['segment-delivery', 'セグメント配信とは何ですか?'],
  ['stickers-for-new-friends', '友だち追加時にLINEスタンプを配るにはどうすればよいですか?'],
  ['cashless-payment', 'キャッシュレス決済を導入するにはどうすればよいですか?'],
  ['line-pay-adoption', 'LINE Payの導入状況が分かるものはありますか?'],
  ['what-is-line-consultation', 'LINE相談とは何ですか?'],
  ['consultation-account-limits', 'LINE相談アカウントの制限はありますか?'],
  ['staff-as-counselors', '自治体職員が相談対応することは可能でしょうか?'],
  ['implementation-report', '実施報告書の様式/提出方法を教えてください。'],
  ['consultation-system-contact', '相談応答システムに関するお問い合わせ先について教えてください。'],
  ['police-contact', '警察連携時のLINE社窓口を教えてください。'],
  ['consultation-system-vendors', '相談応答システム事業者について教えてください。'],
  ['characters-on-flyers', 'LINE公式キャラクターのチラシ掲載は可能でしょうか。'],
  ['using-the-line-name', '「LINE」の名称を利用したいのですが可能でしょうか。'],
  ['partner-program-overview', 'パートナー制度とは何ですか。'],
  ['govtech-partner', '「Govtech Partner制度」とは何ですか?'],
  ['partner-capabilities', '「LINE Biz Partner Program」参画パートナーとの連携でできることは何ですか?'],
  ['partner-costs', '「LINE Biz Partner Program」参画パートナーと連携した場合の費用を教えてください。'],
  ['disaster-reporting-socda', 'LINEで、災害時に被災情報を報告・地図上に情報を集約できるシステム(SOCDA)は、どうすれば導入できますか?'],
  ['line-mini-app-benefits', 'LINEミニアプリを導入するメリットを教えてください。'],
  ['neighborhood-associations', '地域の自治会や回覧板における活用法はありますか?'],
];

/**
 * Lines the seed's page layout broke in the middle of a sentence: [end of the first line,
 * start of the next]. They are joined with nothing between them, as the sentence reads.
 */
export const BROKEN_SENTENCES = [
  ['サポートを受けることがで', 'きます。'],
  ['自治体の人口や開発条件等の仕様によって', '異なりますので'],
  ['LINE Pay 株式会社 https://LINEpaycorp.com/ja/', 'へお問合せください。'],
];

/**
 * The page the seed was copied from, and when: the text is LY Corporation's, and the widget says
 * so in a 出典 line under it.
 */
export const SOURCE = {
  publisher: 'LINEヤフー株式会社',
  title: 'よくある質問',
  url: 'https://linegov.com/faq/index.php',
  captured: '2026-11-25',
};

/** Navigation lines of the page the seed was copied from, not FAQ content. */
const PAGE_CHROME = ['- ホーム', '- よくある質問', 'よくある質問'];

export function seedToFaq(text, { synonyms, keywords = {}, phrasings = {} } = {}) {
  const lines = foldRadicals(text).replace(/\r\n?/g, '\n').split('\n');
  const categoryByLabel = new Map(CATEGORIES.map(([id, label]) => [label, id]));
  const questions = new Map(QUESTIONS.map(([id, question]) => [question, id]));
  const entries = [];
  let category = null;
  let current = null;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (!category && PAGE_CHROME.includes(line)) continue;
    if (categoryByLabel.has(line)) {
      category = categoryByLabel.get(line);
      current = null;
      continue;
    }
    if (questions.has(line)) {
      if (!category) throw new Error(`question before any category: ${line}`);
      current = { id: questions.get(line), category, question: line, answerLines: [] };
      entries.push(current);
      continue;
    }
    if (!current) throw new Error(`answer text outside a question: ${line}`);
    const previous = current.answerLines.at(-1);
    const join = BROKEN_SENTENCES.some(([end, start]) => previous?.endsWith(end) && line.startsWith(start));
    if (join) current.answerLines[current.answerLines.length - 1] = previous + line;
    else current.answerLines.push(line);
  }
  const found = entries.map((e) => e.id).join();
  const expected = QUESTIONS.map(([id]) => id).join();
  if (found !== expected) throw new Error(`questions found out of order or missing:\n${found}\n${expected}`);
  return {
    $schema: './faq.schema.json',
    lang: 'ja',
    title: 'よくある質問',
    source: SOURCE,
    categories: CATEGORIES.map(([id, label]) => ({ id, label })),
    ...(synonyms ? { synonyms } : {}),
    entries: entries.map(({ id, category: c, question, answerLines }) => ({
      id,
      category: c,
      question,
      answer: answerLines.join('\n'),
      ...(keywords[id] ? { keywords: keywords[id] } : {}),
      ...(phrasings[id]?.length ? { phrasings: phrasings[id] } : {}),
    })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const curated = JSON.parse(readFileSync(new URL(SYNONYMS_FILE, `file://${root}`), 'utf8'));
  const { phrasings } = JSON.parse(readFileSync(new URL(PHRASINGS_FILE, `file://${root}`), 'utf8'));
  const unknown = [...Object.keys(curated.keywords ?? {}), ...Object.keys(phrasings)].filter((id) => !QUESTIONS.some(([q]) => q === id));
  if (unknown.length > 0) throw new Error(`keywords or phrasings for unknown entries: ${unknown.join(', ')}`);
  const faq = seedToFaq(readFileSync(new URL(SOURCE_FILE, `file://${root}`), 'utf8'), { ...curated, phrasings });
  writeFileSync(new URL('data/faq.ja.json', `file://${root}`), JSON.stringify(faq, null, 2) + '\n');
  console.log(`wrote data/faq.ja.json: ${faq.entries.length} entries in ${faq.categories.length} categories`);
}
