#!/usr/bin/env node
/**
 * Writes the files a webmaster downloads from the repository's page, without Node.js or npm:
 * `npm run release` (it builds first) fills `release/`; `node scripts/release.mjs <folder>`
 * writes them elsewhere from the current `dist/` (test/node/release.test.ts compares the two, so
 * the committed release never goes stale). Every byte depends on the sources only: the same
 * sources give the same files, on any day and any machine.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';

const root = new URL('..', import.meta.url);
const read = (file) => readFileSync(new URL(file, root));
const { version } = JSON.parse(read('package.json'));

/**
 * The bundles: the widget's (the classic script self-contained, or without the bundled FAQ; the
 * module with the search core and the bundled FAQ in files beside it, which it loads when
 * needed) and the setup page's code.
 */
const SCRIPTS = [
  'line-gov-faq.iife.js',
  'line-gov-faq.core.iife.js',
  'line-gov-faq.js',
  'line-gov-faq.search.js',
  'line-gov-faq.bundled-faq.js',
  'setup.js',
];

/** The template's columns as the importer reads them (src/data/sheet-to-faq.ts), with one example. */
const TEMPLATE_COLUMNS = [
  { header: 'カテゴリ', example: 'ごみ・リサイクル', width: 18 },
  { header: '質問', example: '粗大ごみはどうやって出せばよいですか?', width: 40 },
  {
    header: '回答',
    example:
      '電話かLINEで申し込んでください。\n受付は平日の9時から17時までです。\n詳しくは https://www.city.example.jp/gomi/ をご覧ください。',
    width: 60,
  },
  { header: 'キーワード', example: '粗大、大型ごみ、家具', width: 24 },
  { header: 'よく見られている質問', example: '○', width: 22 },
];

const INSTRUCTIONS = [
  'FAQの表の書き方',
  '',
  '1. 「FAQ」シートの1行目は見出しです。見出しの文字は変えないでください。',
  '2. 2行目は書き方の例です。消すか、自分の自治体の質問に書き換えてください。',
  '3. 2行目から下に、1行に1つずつ質問を書きます。',
  '4. 「カテゴリ」「質問」「回答」は必ず書いてください。空のセルがあると、何行目のどの列かが表示されます。',
  '5. 回答の中で改行したいときは、セルの中で Alt キーを押しながら Enter キーを押します。改行はそのまま表示されます。',
  '6. 回答に https:// から始まるアドレスを書くと、リンクになります。電話番号は tel:0120-000-000 のように書くとリンクになります。',
  '7. 「キーワード」には、質問や回答に書いていないけれど住民が使いそうな言葉を「、」で区切って書きます（書かなくても構いません）。',
  '8. 「よく見られている質問」に ○ を付けた質問は、一覧の先頭に表示されます（付けなくても構いません）。',
  '9. カテゴリは、表に出てきた順に並びます。同じカテゴリの名前は、同じ文字で書いてください。',
  '',
  '表ができたら',
  '',
  '10. 上書き保存します（.xlsx のままで構いません。CSV で保存しても使えます）。',
  '11. 同じフォルダの setup.html をブラウザで開き、この表のファイルを選びます。表はパソコンの外には送られません。',
  '12. 問題があれば表示されるので、この表を直して、もう一度選びます。',
  '13. 「JSONをダウンロード」で保存したファイルと、表示される2行を使って、ホームページに載せます（手順.txt を参照）。',
];

const SAMPLE_PAGE = `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>見本：LINEに関するよくある質問</title>
    <style>
      body { margin: 0 auto; max-width: 56rem; padding: 1rem; font-family: sans-serif; line-height: 1.7; }
      code { overflow-wrap: anywhere; }
    </style>
    <!-- 1行目：部品を読み込みます（1ページに1回だけ）。 -->
    <script src="line-gov-faq.iife.js" defer></script>
  </head>
  <body>
    <main>
      <h1>LINEに関するよくある質問（見本のページ）</h1>
      <p>
        このページは、ホームページに貼り付けたときの見本です。下の検索欄に「りっちめにゅー」「料金」などと入力してみてください。
      </p>
      <p>
        ホームページでは、line-gov-faq.iife.js をサーバーにアップロードし、次の2行を貼り付けます：<br />
        <code>&lt;script src="/js/line-gov-faq.iife.js" defer&gt;&lt;/script&gt;</code><br />
        <code>&lt;line-gov-faq&gt;&lt;/line-gov-faq&gt;</code>
      </p>
      <!-- 2行目：FAQを表示したい場所に置きます。 -->
      <line-gov-faq heading="よくある質問" heading-level="2"></line-gov-faq>
    </main>
  </body>
</html>
`;

const STEPS = `LINEに関する「よくある質問」をホームページに載せる手順
（line-gov-faq ${version}）

このフォルダのファイル
  line-gov-faq.iife.js  ホームページに置く部品（スクリプト）。通常はこちらを使います。
  line-gov-faq.core.iife.js  最初から入っているFAQを含まない、軽い部品。自分の自治体のFAQ（HTMLかJSON）だけを表示するページ向けです。
  line-gov-faq.js       同じ部品の別の形式（<script type="module"> で読み込む場合）。
                        line-gov-faq.search.js（検索の部分）と line-gov-faq.bundled-faq.js（最初から入っているFAQ）を
                        同じ場所に置きます。必要なときだけ読み込まれます。
  sample.html           見本のページ。ダブルクリックで開くと、動く様子を確かめられます。
  setup.html            自分の自治体のFAQを準備するページ。ブラウザで開きます。
  setup.js              setup.html が使うファイル。同じフォルダに置いたままにします。
  faq-template.xlsx     FAQの表のひな形（Excel）。書き方は「使い方」シートにあります。
  faq-markup.html       最初から入っている53問を、ページのHTMLに入れておくための文字列（メモ帳で開いてコピーします）。
  THIRD-PARTY-LICENSES.txt  部品に含まれるプログラムのライセンス。line-gov-faq.iife.js と同じ場所にアップロードします。
  LICENSE.txt           この部品のライセンス（MIT）。
  setup.THIRD-PARTY-LICENSES.txt  setup.js に含まれるプログラムのライセンス。

■ 最初から入っている「LINEに関するよくある質問」（53問）を載せる
 1. line-gov-faq.iife.js と THIRD-PARTY-LICENSES.txt を、ホームページのサーバーにアップロードします（例：/js/ フォルダ）。
 2. FAQを表示したいページに、次の2行を貼り付けます。
      <script src="/js/line-gov-faq.iife.js" defer></script>
      <line-gov-faq></line-gov-faq>
    2行目の代わりに faq-markup.html の中身をすべて貼り付けると、スクリプトが動く前から質問と回答が表示され、
    検索エンジンにも載ります（おすすめ）。
 3. ページを公開し、検索欄と質問の一覧が表示されることを確かめます。
    「現在、よくある質問を表示できません」と表示されたら、ブラウザで F12 キーを押して「コンソール」を開くと、
    原因（ファイルの場所の間違いなど）が書かれています。

■ 自分の自治体のFAQを載せる
 1. faq-template.xlsx を Excel で開き、1行に1問ずつ書いて保存します。
    今お使いの表があれば、見出しを「カテゴリ」「質問」「回答」にすれば、そのまま使えます。
 2. setup.html をブラウザ（Edge、Chrome など）で開き、「FAQの表」の欄で表のファイルを選びます。
    表はパソコンの外には送られません。
 3. 問題があれば、何行目のどの列かが表示されます。Excel で直して保存し、もう一度選びます。
    漢字の言葉をひらがなでも探せるようにするには、「キーワード」列に読み仮名も書いておきます（例：住民税、じゅうみんぜい）。
 4. 表示を確かめたら、「JSONをダウンロード」でファイルを保存し、サーバーにアップロードします（例：/faq/ フォルダ）。
 5. setup.html に表示される2行をコピーし、ホームページ作成システム（CMS）の、FAQを表示したい場所に貼り付けます。
    1行目の line-gov-faq.iife.js と、2行目の JSON ファイルの場所は、アップロードした場所に合わせて書き換えます。

詳しい説明は、リポジトリの README.ja.md にあります。
`;

/** Zip entries carry the time they were written: fixed to 1980-01-01 00:00, the format's epoch. */
function withFixedZipTimes(zip) {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('unexpected zip central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

async function template() {
  const header = TEMPLATE_COLUMNS.map(({ header }) => ({ value: header, fontWeight: 'bold', backgroundColor: '#DDEBF7' }));
  const example = TEMPLATE_COLUMNS.map(({ example }) => ({ value: example, wrap: true, alignVertical: 'top' }));
  const sheets = [
    { sheet: 'FAQ', data: [header, example], columns: TEMPLATE_COLUMNS.map(({ width }) => ({ width })), stickyRowsCount: 1 },
    {
      sheet: '使い方',
      data: INSTRUCTIONS.map((line, i) => [{ value: line, ...(i === 0 || line === '表ができたら' ? { fontWeight: 'bold' } : {}) }]),
      columns: [{ width: 110 }],
    },
  ];
  return withFixedZipTimes(await writeXlsxFile(sheets, { fontFamily: 'Meiryo UI', fontSize: 11 }).toBuffer());
}

/** The release's files, by name. */
export async function releaseFiles() {
  const files = new Map();
  for (const script of SCRIPTS) {
    const path = new URL(`dist/${script}`, root);
    if (!existsSync(path)) throw new Error(`dist/${script} is missing: run npm run build first.`);
    files.set(script, readFileSync(path, 'utf8'));
  }
  // Whose code the scripts hold: the licences their notices point to, and the widget's own.
  for (const notices of ['THIRD-PARTY-LICENSES.txt', 'setup.THIRD-PARTY-LICENSES.txt']) files.set(notices, read(`dist/${notices}`));
  files.set('LICENSE.txt', read('LICENSE'));
  files.set('sample.html', SAMPLE_PAGE);
  // The setup page of tools/, with its scripts and the template beside it in the one folder.
  files.set(
    'setup.html',
    read('tools/setup.html')
      .toString('utf8')
      .replace(/(["'])\.\.\/(?:dist|release)\//g, '$1'),
  );
  files.set('faq-template.xlsx', await template());
  // The bundled FAQ as markup to paste (what line-gov-faq render writes, kept current in the
  // demo page by a test), for webmasters who cannot run the command-line tool.
  const demo = read('demo/markup.html').toString('utf8');
  const markup = /<line-gov-faq>[\s\S]*<\/line-gov-faq>/.exec(demo)?.[0];
  if (!markup) throw new Error('demo/markup.html holds no <line-gov-faq> markup: run node scripts/render-demo.mjs');
  files.set('faq-markup.html', `${markup}\n`);
  // With a byte-order mark, Notepad on any Windows opens it as UTF-8; line ends as Windows writes them.
  files.set('手順.txt', '\uFEFF' + STEPS.replace(/\n/g, '\r\n'));
  return files;
}

/** Writes the release into `folder`, replacing what was there. */
export async function writeRelease(folder) {
  const files = await releaseFiles();
  if (existsSync(folder)) for (const name of readdirSync(folder)) rmSync(join(folder, name), { recursive: true });
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(folder, name), content);
  return [...files.keys()];
}

if (process.argv[1]?.endsWith('release.mjs')) {
  const folder = process.argv[2] ?? new URL('release', root).pathname;
  try {
    for (const name of await writeRelease(folder)) console.log(join(folder, name));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
