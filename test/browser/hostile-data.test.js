import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { smallFaq } from '../fixtures/small-faq.js';
import { FaqHarness, toggleEvents } from './harness.js';
import { jsonUrl, watchPageErrors } from './page-errors.js';

// Each payload would set window.__pwned (or call the global) if it ever ran.
const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'">',
  "'><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\">",
  '<a href="javascript:window.__pwned=\'a\'">click</a>',
  '{{constructor.constructor("window.__pwned=\'template\'")()}}',
  '${window.__pwned = "lit"}',
  '<style>*{display:none}</style>',
  '\u202Eevil\u202C \u2066isolated\u2069 \u200Fright-to-left',
];
const UNSAFE_URLS = [
  'javascript:window.__pwned="js-url"',
  'JaVaScRiPt:window.__pwned="js-url-case"',
  'data:text/html,<script>window.__pwned="data"</script>',
  'vbscript:msgbox("x")',
  'file:///etc/passwd',
  'jav&#x09;ascript:alert(1)',
];

function hostileFaq() {
  const entries = PAYLOADS.map((payload, i) => ({
    id: `payload-${i}`,
    category: 'evil',
    question: `質問 ${payload}`,
    answer: `回答 ${payload}\n${UNSAFE_URLS.join(' ')}\n安全なリンク https://example.jp/ok`,
  }));
  entries.push({ id: 'huge', category: 'evil', question: '長い回答の質問', answer: `${'長い回答です。'.repeat(14_286)}警察` });
  return { lang: 'ja', categories: [{ id: 'evil', label: '<img src=x onerror="window.__pwned=\'label\'">' }], entries };
}

describe('hostile data through src', () => {
  let watcher;
  beforeEach(() => {
    window.__pwned = false;
    watcher = watchPageErrors();
  });
  afterEach(() => watcher.stop());

  it(`shows ${PAYLOADS.length} markup payloads and ${UNSAFE_URLS.length} unsafe URLs as text, running none`, async () => {
    const element = await fixture(html`<line-gov-faq src=${jsonUrl(hostileFaq())}></line-gov-faq>`);
    await element.ready;
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(faq.questions()).to.have.length(PAYLOADS.length + 1);
    expect(faq.questions()[0]).to.equal(`質問 ${PAYLOADS[0]}`);
    // One category: no filter, but its heading shows the label as text.
    expect(faq.categories()).to.have.length(0);
    expect(faq.headings()[0]).to.contain('<img');
    const opened = toggleEvents([...faq.root.querySelectorAll('details')]);
    faq.button('すべて開く').click();
    await element.updateComplete;
    // Handlers that opening an answer would set off (ontoggle) run with its toggle event; those
    // that could run later (onerror, onload) need an element, which the next lines find none of.
    await opened;
    expect(window.__pwned).to.equal(false);
    expect(faq.root.querySelectorAll('script, img, svg:not(.external), iframe, style:not([data-lit]), b')).to.have.length(0);
    const hrefs = [...faq.root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.have.length(PAYLOADS.length);
    for (const href of hrefs) expect(href).to.equal('https://example.jp/ok');
    expect(watcher.errors).to.deep.equal([]);
  });

  it('keeps bidirectional overrides inside their own text', async () => {
    const element = await fixture(html`<line-gov-faq src=${jsonUrl(hostileFaq())}></line-gov-faq>`);
    await element.ready;
    await element.updateComplete;
    const question = new FaqHarness(element).root.querySelectorAll('[part~="question"] .question-text')[8];
    expect(getComputedStyle(question).unicodeBidi).to.equal('isolate');
  });

  it('renders and searches a 100,000-character answer', async () => {
    const element = await fixture(html`<line-gov-faq src=${jsonUrl(hostileFaq())}></line-gov-faq>`);
    await element.ready;
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(faq.details('長い回答の質問').querySelector('[part~="answer"]').textContent.length).to.be.above(100_000);
    await faq.search('長い回答');
    expect(faq.questions()[0]).to.equal('長い回答の質問');
    expect(watcher.errors).to.deep.equal([]);
  });

  it('refuses unsafe data set through the data property, keeping what was shown', async () => {
    const element = await fixture(html`<line-gov-faq .data=${smallFaq}></line-gov-faq>`);
    await element.ready;
    const faq = new FaqHarness(element);
    const failed = oneEvent(element, 'faq-error');
    element.data = { lang: 'ja', categories: [], entries: [{ id: '<x>', question: 1 }] };
    const { detail } = await failed;
    await element.updateComplete;
    expect(detail.problems).to.have.length(5);
    expect(faq.errorBox.textContent.trim()).to.equal('最新のよくある質問を読み込めませんでした。以前の内容を表示しています。');
    expect(faq.errorBox.textContent).not.to.contain('<x>');
    expect(faq.questions()).to.have.length(smallFaq.entries.length);
  });
});
