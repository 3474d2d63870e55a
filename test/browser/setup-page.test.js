import { expect, waitUntil } from '@open-wc/testing';
import { FaqHarness } from './harness.js';

/**
 * The setup page (tools/setup.html) in a frame, driven as a webmaster does: choose a spreadsheet,
 * read the result, look at the widget, take the JSON and the markup.
 */
class SetupPage {
  /** The page; `without` names a script the page should load but does not find (as when a file was not copied beside it). */
  static async open({ without } = {}) {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    frame.src = '/tools/setup.html';
    if (without) {
      const html = (await (await fetch('/tools/setup.html')).text()).replace(`../dist/${without}`, `../dist/missing-${without}`);
      frame.src = URL.createObjectURL(
        new Blob([html.replace('<head>', `<head><base href="${location.origin}/tools/">`)], { type: 'text/html' }),
      );
    }
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    return new SetupPage(frame);
  }

  constructor(frame) {
    this.frame = frame;
    this.window = frame.contentWindow;
    this.document = this.window.document;
  }

  byId(id) {
    return this.document.getElementById(id);
  }

  /** Chooses the fixture `fixture` (from test/fixtures/setup/) as the file `name`, and waits for the result. */
  async choose(fixture, name = fixture) {
    const bytes = await (await fetch(`/test/fixtures/setup/${fixture}`)).arrayBuffer();
    const transfer = new this.window.DataTransfer();
    transfer.items.add(new this.window.File([bytes], name));
    const input = this.byId('sheet-file');
    input.files = transfer.files;
    input.dispatchEvent(new this.window.Event('change', { bubbles: true }));
    // Emptied at once, so that the same file, fixed in Excel, can be chosen again (no change event otherwise).
    if (input.value !== '') throw new Error('the file input keeps its file: choosing it again would do nothing');
    await waitUntil(() => this.summary.startsWith(name) && !this.summary.includes('読み込んでいます'), 'the result is shown', {
      timeout: 10000,
    });
  }

  get summary() {
    return this.byId('summary').textContent.trim();
  }

  /** The problems and notes listed, as shown. */
  messages() {
    return [...this.document.querySelectorAll('#messages li')].map((li) => li.textContent.trim());
  }

  shown(id) {
    return !this.byId(id).closest('[hidden]');
  }

  /** The widget previewing the FAQ, once ready. */
  async preview() {
    const element = this.byId('preview').querySelector('line-gov-faq');
    await element.ready;
    await element.updateComplete;
    return new FaqHarness(element);
  }

  /** The FAQ data the download link gives, parsed, and the file name it suggests. */
  async download() {
    const link = this.byId('download');
    const response = await this.window.fetch(link.href);
    return { name: link.download, faq: JSON.parse(await response.text()) };
  }

  close() {
    this.frame.remove();
  }
}

let page;
afterEach(() => page?.close());

describe('the setup page', () => {
  it('turns a UTF-8 CSV into a working FAQ, with its notes by row and column', async () => {
    page = await SetupPage.open();
    await page.choose('city.utf8.csv');
    expect(page.summary).to.equal('city.utf8.csv から 3問（2カテゴリ）を読み込みました。確認してほしい点が2件あります。');
    expect(page.messages()).to.deep.equal([
      '注意 1行目は見出しより上にあるため読み飛ばしました。見出しは2行目と判断しました。',
      '注意 2行目（A列）: 見出し「No.」の列は使わずに読み込みました。使える見出し: カテゴリ、カテゴリID、質問、回答、ID、キーワード、言い換え、よく見られている質問（英語の category、question、answer、id、keywords、phrasings も可）。',
    ]);
    const faq = await page.preview();
    expect(faq.questions()).to.deep.equal(['粗大ごみの出し方は?', 'ごみの日を知りたい', '住民税はどこで払えますか?']);
    await faq.search('粗大');
    expect(faq.questions()[0]).to.equal('粗大ごみの出し方は?');
  });

  it('offers the FAQ data as a JSON file named after the spreadsheet', async () => {
    page = await SetupPage.open();
    await page.choose('city.utf8.csv');
    const { name, faq } = await page.download();
    expect(name).to.equal('city.utf8.json');
    expect(faq.categories).to.deep.equal([
      { id: 'category-1', label: 'ごみ' },
      { id: 'category-2', label: '税金' },
    ]);
    expect(faq.entries[0]).to.deep.include({
      category: 'category-1',
      question: '粗大ごみの出し方は?',
      answer: '電話で申し込んでください。\n受付は平日です。',
      keywords: ['粗大', '大型ごみ'],
    });
    expect(faq.index, 'no prebuilt index: the widget builds its own').to.equal(undefined);
  });

  it('reads a Shift_JIS CSV, as Japanese Excel saves it, the same as UTF-8', async () => {
    page = await SetupPage.open();
    await page.choose('city.utf8.csv', 'city.csv');
    const utf8 = (await page.download()).faq;
    page.close();
    page = await SetupPage.open();
    await page.choose('city.sjis.csv', 'city.csv');
    expect(page.summary).to.match(/^city\.csv から 3問（2カテゴリ）を読み込みました。/);
    expect((await page.download()).faq).to.deep.equal(utf8);
  });

  it('reads an Excel workbook: line breaks in a cell and the よく見られている質問 mark kept', async () => {
    page = await SetupPage.open();
    await page.choose('city.xlsx');
    expect(page.summary).to.equal('city.xlsx から 2問（2カテゴリ）を読み込みました。問題はありません。');
    expect(page.messages()).to.deep.equal([]);
    const { faq } = await page.download();
    expect(faq.entries.map((e) => [e.question, e.answer, e.featured])).to.deep.equal([
      ['粗大ごみは?', '電話で申し込みます。\n平日のみ受け付けます。', true],
      ['避難所はどこですか?', '市のホームページの地図をご覧ください。', undefined],
    ]);
    expect((await page.preview()).questions()).to.include('粗大ごみは?');
  });

  it('gives the two lines to paste and the markup with the questions in it', async () => {
    page = await SetupPage.open();
    await page.choose('city.xlsx');
    expect(page.byId('lines').value).to.equal(
      '<script src="/js/line-gov-faq.iife.js" defer></script>\n<line-gov-faq src="/faq/city.json"></line-gov-faq>\n',
    );
    const markup = page.byId('markup').value;
    expect(markup.startsWith('<script src="/js/line-gov-faq.iife.js" defer></script>\n<line-gov-faq>\n')).to.equal(true);
    expect(markup).to.include('<summary>粗大ごみは?</summary>');
    expect(markup).to.include('<p>電話で申し込みます。<br>\n平日のみ受け付けます。</p>');
    expect(markup).to.include('data-featured');
  });

  it('copies the two lines with one button and says so', async () => {
    page = await SetupPage.open();
    await page.choose('city.xlsx');
    let copied;
    Object.defineProperty(page.window.navigator, 'clipboard', { value: { writeText: async (text) => (copied = text) } });
    page.byId('copy-lines').click();
    await waitUntil(() => page.byId('copy-status').textContent !== '', 'the copy is reported');
    expect(copied).to.equal(page.byId('lines').value);
    expect(page.byId('copy-status').textContent).to.equal('コピーしました。');
    expect(page.byId('copy-status').getAttribute('role')).to.equal('status');
  });

  it('lists every problem by row and column, and offers nothing to publish', async () => {
    page = await SetupPage.open();
    await page.choose('problems.csv');
    expect(page.summary).to.equal('problems.csv に、直す必要のある問題が2件あります。表を直して保存し、もう一度選んでください。');
    expect(page.messages()).to.deep.equal(['問題 2行目（C列）: 「回答」が空です。', '問題 3行目（B列）: 「質問」が空です。']);
    expect(page.shown('preview-section')).to.equal(false);
    expect(page.shown('publish-section')).to.equal(false);
  });

  it('after a sheet with problems, a corrected one replaces the list and shows the FAQ', async () => {
    page = await SetupPage.open();
    await page.choose('problems.csv', 'city.csv');
    await page.choose('city.xlsx');
    expect(page.messages()).to.deep.equal([]);
    expect(page.shown('preview-section')).to.equal(true);
    expect(page.shown('publish-section')).to.equal(true);
  });

  it('says which files it reads when given another kind', async () => {
    page = await SetupPage.open();
    await page.choose('problems.csv', 'faq.pdf');
    expect(page.messages()).to.deep.equal([
      '問題 .csv か .xlsx のファイルを指定してください（古い形式 .xls の表は、Excel の［名前を付けて保存］で「Excel ブック (*.xlsx)」を選んで保存し直してください）。',
    ]);
  });

  it('says which files to put beside it when its own script is missing', async () => {
    page = await SetupPage.open({ without: 'setup.js' });
    expect(page.summary).to.equal(
      'このページの部品を読み込めていません。setup.html と同じフォルダに、setup.js と line-gov-faq.iife.js を置いてください。',
    );
  });

  it('still checks the sheet without the widget’s script, and says where to put it for the preview', async () => {
    page = await SetupPage.open({ without: 'line-gov-faq.iife.js' });
    await page.choose('city.xlsx');
    expect(page.byId('preview').textContent).to.match(/line-gov-faq\.iife\.js が必要です/);
    expect((await page.download()).faq.entries).to.have.length(2);
  });

  it('tells the result in a live region, and passes an accessibility audit with the FAQ shown', async () => {
    page = await SetupPage.open();
    expect(page.byId('summary').getAttribute('role')).to.equal('status');
    await waitUntil(() => page.summary === 'まだ表が選ばれていません。', 'the page is ready');
    await page.choose('city.utf8.csv');
    await page.preview();
    const axe = page.document.createElement('script');
    axe.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => {
      axe.addEventListener('load', resolve, { once: true });
      page.document.head.append(axe);
    });
    const { violations } = await page.window.axe.run(page.document);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
  });
});
