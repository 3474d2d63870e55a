/**
 * Text copied out of a PDF holds Kangxi radicals where kanji are meant (⽅ U+2F45 for 方, ⽤ U+2F64
 * for 用): they look alike, but many fonts lack them (an empty box on a phone), and to search and
 * to a screen reader they are other characters. NFKC gives each its kanji; the rest of the text
 * stays as written.
 */
export const foldRadicals = (text: string): string => text.replace(/[\u2F00-\u2FD5]/g, (c) => c.normalize('NFKC'));
