import type { FaqData, FaqEntry } from '../../data/faq-types.js';

/**
 * schema.org FAQPage for the given entries. Search engines index shadow DOM poorly; this
 * describes the questions to them in a form they read.
 */
export function faqPageJsonLd(faq: Pick<FaqData, 'lang' | 'title'>, entries: readonly FaqEntry[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: faq.lang,
    ...(faq.title ? { name: faq.title } : {}),
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so that no text in the data
 * (「</script>」) can end the element if the page's HTML is ever serialized.
 */
export const jsonLdText = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
