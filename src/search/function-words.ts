import { foldKana, toKatakana } from './normalize.js';

/**
 * Words that carry the grammar of a question, not its topic: particles, auxiliaries, question
 * frames (「教えてください」「ありますか」「どうすれば」), words for the form of the answer wanted
 * (「一覧」「詳しく」「例えば」), and the fillers of voice input (「えっと」「あのー」「〜んですけど」). A query's words among these are never evidence for an entry, so an
 * entry does not win by sharing 「教えてください」 with the query.
 *
 * Written in hiragana or kanji as people type them; matched after hiragana → katakana.
 *
 * The one list of Japanese grammar words: the stop words lunr-languages `ja` leaves out of the
 * index (lunr-ja.ts) are among them (a test checks it). English data uses Lunr's English list.
 */
const FUNCTION_WORDS = `
は が を に で と の へ も や か ね よ な わ ぞ さ し ば て た だ ん っ
から まで より って とか けど けれど けども など なら のに ので ね よね かな かね でも
ごと ずつ くらい ぐらい ほど だけ のみ しか ばかり
ます まし ません ましょう です でし でしょう だっ だろう たい たく たかっ たけれ ない なく なかっ なきゃ
れる られる れ られ せる させ よう ような ように そう みたい らしい
ください くださ 下さい 下さ おしえ 教え 教えて しりたい 知りたい 知り しり わかり 分かり わから 分から わかる 分かる
あり ある あれ あっ いる い おり いただ いただけ いただき 頂け 頂き もらえ もらい もらう
する し さ せ しよ しまう しまっ ちゃう ちゃっ でき できる できれ できな できま 出来 出来る
ほしい 欲しい いい よい よろしい 良い いけ
どう どの どれ どんな どこ なに 何 なん いつ だれ 誰 いくつ なぜ 何故 どうして どういう どうやっ どうし どうすれ どうしたら どうすれば どうやって
ほう 方 こと 事 もの 物 とき 時 場合 ため 為 際 ところ
について に関して 関して に関する 関する における において とは という いう 言う 思う 思っ 思い おもう おもっ おもい
なる なり なっ なれ 考え 考えて
一覧 詳細 詳しく くわしく 具体的 具体的に 例えば たとえば 意味 まとめ
えっと えーと えーっと えー ええと ええっと あの あのー あのう その そのー なんか なんだか まあ まー ちょっと うーん うん ええ はい
んですけど んだけど ですけど ですけれど んです のですが んですが ですが んですか のですか ですかね
お ご 御 今 いま 私 わたし うち 当 本 こちら それ これ あれ この ここ そこ あそこ
貴方 貴方方 我々 私達 あの人 あのかた 彼女 彼 あります おります います それで しかし
全然 全く まったく 本当 ほんとう ほんと 結構 けっこう とても すごく すごい 一番 いちばん 大体 だいたい 必ず 絶対 ぜったい
なるべく たぶん 多分 全部 ぜんぶ 色々 いろいろ やっぱり やはり もう まだ ちゃんと きちんと すぐ すぐに 実は じつは 特に とくに
`;

const LIST = new Set(
  FUNCTION_WORDS.split(/\s+/)
    .filter(Boolean)
    .map((word) => toKatakana(word)),
);

/** The function words in katakana (hiragana converted), for matching a query converted the same way. */
export const functionWords: ReadonlySet<string> = LIST;

/** Length of the longest function word. */
export const MAX_FUNCTION_WORD_LENGTH = Math.max(...[...LIST].map((w) => w.length));

const FOLDED = new Set([...LIST].map(foldKana));

/**
 * Whether an index term (normalized, kana folded) is a function word, or a lone kana that a
 * segmenter cut off (「ク」 of 「ク|ダサイ」): such terms are never evidence.
 */
export const isFunctionTerm = (term: string): boolean => FOLDED.has(term) || /^[\p{Script=Katakana}ー]$/u.test(term);
