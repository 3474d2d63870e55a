/**
 * The formulas of a letter, which say nothing of what is asked: greetings, thanks in advance,
 * and who is writing (「△△市情報政策課の高橋です」). A resident or a member of staff who pastes
 * an e-mail into the search box should find what the e-mail asks, not what its 「お疲れ様です」's
 * 「様」 happens to be in.
 */
const FORMULAS = new RegExp(
  [
    '(?:いつも|大変)*お世話にな(?:っており|ってい|り)ます',
    'お疲れ(?:様|さま)です',
    '(?:どうぞ|何卒|なにとぞ)?よろしくお願い(?:いた|致|申し上げ)?(?:いたします|します)',
    '突然の(?:ご)?連絡(?:失礼(?:いた)?します|すみません|申し訳ありません)?',
    '前略|拝啓|敬具|草々|こんにちは|こんばんは|はじめまして|初めまして',
    // Who is writing: an office, a group or a role, then a name, then です or と申します.
    '[^、。,.!?！？\\s]{0,24}(?:市|町|村|区|県|都|府|課|室|係|局|部|センター|会|団体)の[^、。,.!?！？\\sのをがはにで]{1,8}(?:です|と申します)',
    '[^、。,.!?！？\\s]{0,24}(?:している|の)者です',
  ].join('|'),
  'gu',
);

/** A message without the formulas of a letter (see FORMULAS); the text as it was when it has none. */
export function withoutFormulas(text: string): string {
  return text.replace(FORMULAS, ' ');
}

/** A message's sentences, at most `limit`, when it has more than one. */
export function sentencesOf(text: string, limit: number): string[] {
  const parts = text
    .split(/[。．！？!?\n]+|[.](?:\s|$)/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 1);
  return parts.length > 1 ? parts.slice(0, limit) : [];
}
