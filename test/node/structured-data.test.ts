import { test } from 'node:test';
import assert from 'node:assert/strict';
import { smallFaq as faq } from '../fixtures/small-faq.js';
import { faqPageJsonLd, jsonLdText } from '../../src/components/line-gov-faq/structured-data.js';

test('a FAQPage holds one Question with its acceptedAnswer per entry', () => {
  const data = faqPageJsonLd(faq, faq.entries);
  assert.equal(data['@context'], 'https://schema.org');
  assert.equal(data['@type'], 'FAQPage');
  assert.equal(data.inLanguage, 'ja');
  assert.equal(data.mainEntity.length, faq.entries.length);
  assert.deepEqual(data.mainEntity[2], {
    '@type': 'Question',
    name: '高齢者でもLINEを使えますか?',
    acceptedAnswer: { '@type': 'Answer', text: '10代から65歳以上まで、幅広い年代の方が毎日使っています。' },
  });
});

test('the JSON text cannot close its script element', () => {
  const text = jsonLdText(
    faqPageJsonLd({ lang: 'ja' }, [{ id: 'x', category: 'a', question: '</script><script>alert(1)</script>', answer: 'a' }]),
  );
  assert.doesNotMatch(text, /<\/script/i);
  assert.equal(JSON.parse(text).mainEntity[0].name, '</script><script>alert(1)</script>');
});
