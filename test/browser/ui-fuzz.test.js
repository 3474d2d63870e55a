import { fixture, html, expect } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { FaqHarness } from './harness.js';
import { watchPageErrors } from './page-errors.js';
import { seededRandom } from '../../scripts/seeded-random.js';

const PIECES = [
  ':',
  '~',
  '^',
  '*',
  '+',
  '-',
  'title:',
  '"',
  '<script>',
  '</mark>',
  '${x}',
  '\\',
  '😀',
  '\uD800',
  '\u0000',
  '\u202E',
  '　',
  'ー',
  'ﾘｯﾁ',
  'りっち',
  'LINE',
  '警察',
  '回覧板',
  '%',
  '&amp;',
  '{}',
  'a'.repeat(300),
];

describe('typing generated strings into the search box', () => {
  it('1,000 strings cause no page errors and always show a status', async () => {
    const watcher = watchPageErrors();
    try {
      const element = await fixture(html`<line-gov-faq></line-gov-faq>`);
      await element.ready;
      const faq = new FaqHarness(element);
      const next = seededRandom(42);
      for (let i = 0; i < 1000; i++) {
        let text = '';
        const count = Math.floor(next() * 6);
        for (let k = 0; k < count; k++)
          text += next() < 0.85 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCharCode(Math.floor(next() * 0xffff));
        await faq.search(text);
        expect(faq.status).to.match(
          /^[1-9]\d*件の質問(が見つかりました|があります)$|^[1-9]\d*件の質問が見つかりました（ほかに関連する可能性のある質問が[1-9]\d*件）$|^該当する質問はありません$|関連する可能性のある質問が[1-9]\d*件あります$/,
        );
      }
      expect(watcher.errors).to.deep.equal([]);
    } finally {
      watcher.stop();
    }
  });
});
