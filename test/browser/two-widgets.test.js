import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { FaqHarness } from './harness.js';

const CITY = new URL('../fixtures/city-faq.json', import.meta.url).href;

/** A second FAQ on the same page: its own questions, and one id the first FAQ has too. */
function neighbourOf(city) {
  return {
    ...city,
    title: '子育てLINEのよくある質問',
    entries: [
      {
        id: 'nursery-notices',
        category: 'registration',
        question: '保育園のお知らせは届きますか?',
        answer: '登録した園のお知らせが届きます。',
      },
      { id: 'choose-notices', category: 'notices', question: '子育てのお知らせを選べますか?', answer: '「受信設定」から選べます。' },
    ],
  };
}

async function twoWidgets() {
  const city = await fetch(CITY).then((response) => response.json());
  const holder = await fixture(html`<div><line-gov-faq></line-gov-faq><line-gov-faq></line-gov-faq></div>`);
  const [first, second] = holder.querySelectorAll('line-gov-faq');
  first.data = city;
  second.data = neighbourOf(city);
  await Promise.all([first.ready, second.ready]);
  await Promise.all([first.updateComplete, second.updateComplete]);
  return [new FaqHarness(first), new FaqHarness(second)];
}

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('two widgets on one page share the address bar', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  it('each writes its own question: the address names the question opened last', async () => {
    const [city, neighbour] = await twoWidgets();
    await city.toggle('デモ市の公式アカウントを友だち追加するには?');
    expect(location.hash).to.equal('#how-to-add-friend');
    await neighbour.toggle('保育園のお知らせは届きますか?');
    expect(location.hash).to.equal('#nursery-notices');
    // Closing the first widget's question leaves the second's in the address.
    await city.toggle('デモ市の公式アカウントを友だち追加するには?');
    expect(location.hash).to.equal('#nursery-notices');
  });

  it('a link to an id both widgets show opens one question, and leaves the other widget as it was', async () => {
    const [city, neighbour] = await twoWidgets();
    await neighbour.chooseCategory('登録');
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#choose-notices';
    // Both widgets listened for it before this test did, so both have handled it by now.
    await changed;
    await city.element.updateComplete;
    await neighbour.element.updateComplete;
    expect(city.openQuestions()).to.deep.equal(['受け取るお知らせを選べますか?']);
    expect(neighbour.openQuestions()).to.deep.equal([]);
    expect(neighbour.categories().find((c) => c.pressed).label).to.equal('登録');
  });

  it('a link to a question only the second widget has opens it there', async () => {
    const [city, neighbour] = await twoWidgets();
    location.hash = '#nursery-notices';
    await waitUntil(() => neighbour.openQuestions().length > 0, 'the second widget never opened its question');
    expect(city.openQuestions()).to.deep.equal([]);
  });
});
