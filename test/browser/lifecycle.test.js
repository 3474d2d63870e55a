import { fixture, html, expect } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { smallFaq } from '../fixtures/small-faq.js';
import { FaqHarness } from './harness.js';

/** Counts listeners added to and removed from window and document while `run` runs. */
async function countListeners(run) {
  const targets = [window, document];
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener]);
  const live = new Map();
  const key = (target, type, listener) =>
    `${target === window ? 'window' : 'document'}:${type}:${listener?.name ?? ''}:${listenerIds.get(listener) ?? listenerIds.set(listener, listenerIds.size).get(listener)}`;
  const listenerIds = new Map();
  targets.forEach((target, i) => {
    target.addEventListener = function (type, listener, options) {
      live.set(key(target, type, listener), (live.get(key(target, type, listener)) ?? 0) + 1);
      return originals[i][0].call(this, type, listener, options);
    };
    target.removeEventListener = function (type, listener, options) {
      const k = key(target, type, listener);
      if (live.has(k)) live.set(k, Math.max(0, live.get(k) - 1));
      return originals[i][1].call(this, type, listener, options);
    };
  });
  try {
    await run();
  } finally {
    targets.forEach((target, i) => {
      target.addEventListener = originals[i][0];
      target.removeEventListener = originals[i][1];
    });
  }
  return [...live.values()].reduce((sum, n) => sum + n, 0);
}

describe('lifecycle', () => {
  it('1,000 connect/disconnect cycles leave no window or document listeners behind', async () => {
    const host = await fixture(html`<div></div>`);
    const element = document.createElement('line-gov-faq');
    let added = 0;
    const left = await countListeners(async () => {
      for (let i = 0; i < 1000; i++) {
        host.append(element);
        if (i % 100 === 0) await element.updateComplete;
        element.remove();
      }
      // A widget connected after the cycles still listens: the count can see a listener.
      const probe = document.createElement('line-gov-faq');
      added = await countListeners(async () => host.append(probe));
      probe.remove();
    });
    // The address's hashchange, and the page's beforeprint and afterprint.
    expect(added).to.equal(3);
    expect(left).to.equal(0);
  });

  it('a connected widget does listen (so the count above can fail)', async () => {
    const host = await fixture(html`<div></div>`);
    const left = await countListeners(async () => host.append(document.createElement('line-gov-faq')));
    expect(left).to.equal(3);
  });

  it('three widgets with different settings stay independent', async () => {
    const wrapper = await fixture(
      html`<div>
        <line-gov-faq .data=${smallFaq} categories="line-pay"></line-gov-faq>
        <line-gov-faq .data=${smallFaq} lang="en" categories="consultation"></line-gov-faq>
        <line-gov-faq .data=${smallFaq} query="VOOM"></line-gov-faq>
      </div>`,
    );
    const elements = [...wrapper.querySelectorAll('line-gov-faq')];
    await Promise.all(elements.map((e) => e.ready));
    await Promise.all(elements.map((e) => e.updateComplete));
    const [pay, consultation, voom] = elements.map((e) => new FaqHarness(e));
    await pay.search('導入');
    expect(pay.questions()).to.have.length(2);
    expect(consultation.status).to.equal(`${smallFaq.entries.filter((e) => e.category === 'consultation').length} questions`);
    expect(voom.questions()[0]).to.equal('LINE VOOMを使うメリットを教えてください。');
    expect(consultation.input.value).to.equal('');
    await consultation.toggle('LINE相談とは何ですか?');
    expect(pay.openQuestions()).to.deep.equal([]);
    expect(voom.openQuestions()).to.deep.equal([]);
  });

  it('a deep link opens the entry in the widget that shows it', async () => {
    history.replaceState(null, '', '#police-contact');
    try {
      const wrapper = await fixture(
        html`<div>
          <line-gov-faq .data=${smallFaq} categories="line-pay"></line-gov-faq>
          <line-gov-faq .data=${smallFaq} categories="consultation"></line-gov-faq>
        </div>`,
      );
      const elements = [...wrapper.querySelectorAll('line-gov-faq')];
      await Promise.all(elements.map((e) => e.ready));
      await Promise.all(elements.map((e) => e.updateComplete));
      const [pay, consultation] = elements.map((e) => new FaqHarness(e));
      expect(pay.openQuestions()).to.deep.equal([]);
      expect(consultation.openQuestions()).to.deep.equal(['警察連携時のLINE社窓口を教えてください。']);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});
