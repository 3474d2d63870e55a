import { test } from 'node:test';
import assert from 'node:assert/strict';
import faq from '../../data/faq.ja.json';
import { faqPageJsonLd, jsonLdText } from '../../src/components/line-gov-faq/structured-data.js';

test('a FAQPage holds one Question with its acceptedAnswer per entry', () => {
  const data = faqPageJsonLd(faq, faq.entries);
  assert.equal(data['@context'], 'https://schema.org');
  assert.equal(data['@type'], 'FAQPage');
  assert.equal(data.inLanguage, 'ja');
  assert.equal(data.mainEntity.length, 53);
  assert.deepEqual(data.mainEntity[3], {
    '@type': 'Question',
    name: '高齢者でもLINEを使えますか?',
    acceptedAnswer: { '@type': 'Answer', text: 'LINEは、10代から65歳以上まで、幅広い年代の方々に日常的にご利用いただいています。' },
  });
});

test('the JSON text cannot close its script element', () => {
  const text = jsonLdText(
    faqPageJsonLd({ lang: 'ja' }, [{ id: 'x', category: 'a', question: '</script><script>alert(1)</script>', answer: 'a' }]),
  );
  assert.doesNotMatch(text, /<\/script/i);
  assert.equal(JSON.parse(text).mainEntity[0].name, '</script><script>alert(1)</script>');
});
