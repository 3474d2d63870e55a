/** Characters `[start, end)` of a text: the shape of search's highlight ranges, without depending on search. */
type Range = [number, number];

/** A piece of an answer: plain text (with its highlighted ranges) or a link. */
export type AnswerSegment =
  | { kind: 'text'; text: string; marks: Range[] }
  /** `external`: a web page, opened in a new tab; otherwise a phone number or mail address. */
  | { kind: 'link'; text: string; href: string; external: boolean };

// Candidate links: web addresses, and mailto:/tel: if the data has them. URL characters are
// ASCII, so a URL ends where Japanese text begins (「…/ja/へお問合せください」).
const LINK_CANDIDATE = /\b(?:https?:\/\/|mailto:|tel:)[!-~]+/gi;
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Trims what ends a sentence rather than a URL: final punctuation, and a closing bracket whose
 * opening one is not part of the URL (「協議会(https://smca.or.jp/)へ」).
 */
function trimUrl(candidate: string): string {
  let url = candidate.replace(/[.,;:!?'"]+$/, '');
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    while (url.endsWith(close) && url.split(open).length < url.split(close).length) url = url.slice(0, -1);
  }
  return url;
}

/**
 * The link target if `url` parses (relative to `base`, when given) and uses an allowed scheme;
 * null otherwise (it stays text).
 */
export function safeHref(url: string, base?: string): string | null {
  try {
    const parsed = new URL(url, base);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Splits an answer into text and links, and hands each text piece the highlight ranges that
 * fall in it (relative to that piece). Only http(s), mailto and tel addresses become links;
 * anything else, `javascript:` included, is text.
 */
export function answerSegments(answer: string, marks: readonly Range[] = []): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  const pushText = (start: number, end: number) => {
    if (end <= start) return;
    const inside = marks
      .filter(([s, e]) => e > start && s < end)
      .map(([s, e]): Range => [Math.max(s, start) - start, Math.min(e, end) - start]);
    segments.push({ kind: 'text', text: answer.slice(start, end), marks: inside });
  };
  let cursor = 0;
  for (const match of answer.matchAll(LINK_CANDIDATE)) {
    const url = trimUrl(match[0]);
    const href = safeHref(url);
    if (!href) continue;
    pushText(cursor, match.index!);
    // A phone number or mail address reads as itself: 「0120-000-000」, not 「tel:0120-000-000」.
    const external = /^https?:/i.test(href);
    const text = external ? url : url.replace(/^(?:tel|mailto):/i, '').replace(/\?.*$/, '');
    segments.push({ kind: 'link', text: text || url, href, external });
    cursor = match.index! + url.length;
  }
  pushText(cursor, answer.length);
  return segments;
}
