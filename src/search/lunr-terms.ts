/**
 * Terms as Lunr stores them: each UTF-16 code unit as four hex digits. Lunr finds a query term
 * by intersecting token sets, which scans every edge of a node; the root of a Japanese
 * vocabulary has a thousand or more edges (one per first character), which made each query
 * term cost about 0.1 ms. With sixteen possible characters, no node has more than sixteen edges.
 */
export function toLunrTerm(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i++) out += term.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}
