/**
 * Romaji left in a query by a phone's IME (「あかうんとつくりtai」, 「らいんpei」): turned into
 * katakana when every letter belongs to a kana, so the word can still be found.
 */
const KANA: Record<string, string> = {};
const ROWS: Array<[string, string]> = [
  ['', 'アイウエオ'],
  ['k', 'カキクケコ'],
  ['s', 'サシスセソ'],
  ['t', 'タチツテト'],
  ['n', 'ナニヌネノ'],
  ['h', 'ハヒフヘホ'],
  ['m', 'マミムメモ'],
  ['y', 'ヤイユエヨ'],
  ['r', 'ラリルレロ'],
  ['w', 'ワヰウヱヲ'],
  ['g', 'ガギグゲゴ'],
  ['z', 'ザジズゼゾ'],
  ['d', 'ダヂヅデド'],
  ['b', 'バビブベボ'],
  ['p', 'パピプペポ'],
  ['f', 'ファフィフフェフォ'],
  ['j', 'ジャジジュジェジョ'],
  ['l', 'ラリルレロ'],
  ['v', 'ヴァヴィヴヴェヴォ'],
];
const VOWELS = 'aiueo';
for (const [consonant, kana] of ROWS) {
  // Rows written with two-character kana (ファ, ジャ) list them pairwise; the others one a vowel.
  const pieces = kana.length === 5 ? [...kana] : (kana.match(/.[ァィゥェォャュョ]?/gu) ?? []);
  [...VOWELS].forEach((vowel, i) => (KANA[consonant + vowel] = pieces[i]));
}
Object.assign(KANA, { shi: 'シ', chi: 'チ', tsu: 'ツ', fu: 'フ', ji: 'ジ', nn: 'ン', "n'": 'ン', wo: 'ヲ' });
for (const [consonant, base] of Object.entries({
  ky: 'キ',
  sh: 'シ',
  ch: 'チ',
  ny: 'ニ',
  hy: 'ヒ',
  my: 'ミ',
  ry: 'リ',
  gy: 'ギ',
  by: 'ビ',
  py: 'ピ',
  j: 'ジ',
  ty: 'チ',
  dy: 'ヂ',
  zy: 'ジ',
})) {
  KANA[`${consonant}a`] = `${base}ャ`;
  KANA[`${consonant}u`] = `${base}ュ`;
  KANA[`${consonant}o`] = `${base}ョ`;
}

/** Katakana for a romaji word, or null when some letters spell no kana (an English word, a name). */
export function romajiToKana(word: string): string | null {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const char = word[i];
    // A doubled consonant is a small ッ: 「kitte」 → キッテ.
    if (char === word[i + 1] && !VOWELS.includes(char) && char !== 'n') {
      out += 'ッ';
      i++;
      continue;
    }
    const piece = [3, 2, 1].map((n) => word.slice(i, i + n)).find((p) => KANA[p]);
    if (piece) {
      out += KANA[piece];
      i += piece.length;
    } else if (char === 'n' && (i + 1 === word.length || (!VOWELS.includes(word[i + 1]) && word[i + 1] !== 'y'))) {
      // ン before a consonant or at the end (「soudan」): ''.includes('') would say a vowel follows.
      out += 'ン';
      i++;
    } else if (char === '-') {
      out += 'ー';
      i++;
    } else return null;
  }
  return out;
}

// Kana → romaji, the table read backwards (the first spelling of each kana: 「シ」 → 「si」 then
// 「shi」, the later wins as Hepburn does).
let ROMAJI: Map<string, string> | undefined;

/**
 * Hepburn-like romaji of katakana (folded or not); kana it does not know are left out, as is ッ
 * (its doubled consonant says nothing to soundSkeleton, which reads this).
 */
export function kanaToRomaji(kana: string): string {
  if (!ROMAJI) {
    ROMAJI = new Map();
    for (const [romaji, k] of Object.entries(KANA)) if (!/^[ly]|'|nn/.test(romaji) || !ROMAJI.has(k)) ROMAJI.set(k, romaji);
  }
  let out = '';
  for (let i = 0; i < kana.length; i++) {
    const two = ROMAJI.get(kana.slice(i, i + 2));
    if (two) {
      out += two;
      i++;
    } else out += ROMAJI.get(kana[i]) ?? (kana[i] === 'ン' ? 'n' : '');
  }
  return out;
}
