/**
 * Realistic queries with the entry a person expects first. `top: 3` where two entries are
 * equally right and either may lead. `none` for queries the FAQ has nothing on.
 */
export interface RelevanceCase {
  query: string;
  expect: string | null;
  top?: 1 | 3;
  kind: 'keyword' | 'question' | 'variant' | 'mixed' | 'typing' | 'off-topic';
}

export const RELEVANCE_SET: RelevanceCase[] = [
  // Short keywords
  { kind: 'keyword', query: '高齢者', expect: 'elderly-users' },
  { kind: 'keyword', query: 'メリット', expect: 'benefits-for-government', top: 3 },
  { kind: 'keyword', query: '活用事例', expect: 'government-use-cases' },
  { kind: 'keyword', query: '他SNS', expect: 'difference-from-other-sns' },
  { kind: 'keyword', query: 'ブロック率', expect: 'reduce-blocks' },
  { kind: 'keyword', query: '回覧板', expect: 'neighborhood-associations' },
  { kind: 'keyword', query: '警察', expect: 'police-contact' },
  { kind: 'keyword', query: 'SOCDA', expect: 'disaster-reporting-socda' },
  { kind: 'keyword', query: '災害', expect: 'disaster-reporting-socda' },
  { kind: 'keyword', query: 'セグメント配信', expect: 'segment-delivery' },
  { kind: 'keyword', query: '変動リッチメニュー', expect: 'switchable-rich-menu' },
  { kind: 'keyword', query: 'リッチメニュー', expect: 'rich-menu' },
  { kind: 'keyword', query: 'ミニアプリ', expect: 'line-mini-app-benefits' },
  { kind: 'keyword', query: 'ビジネスID', expect: 'line-business-id' },
  { kind: 'keyword', query: '実施報告書', expect: 'implementation-report' },
  { kind: 'keyword', query: 'キャラクター', expect: 'characters-on-flyers' },
  { kind: 'keyword', query: 'スタンプ', expect: 'stickers-for-new-friends' },
  { kind: 'keyword', query: 'マニュアル', expect: 'basic-features-manual' },
  { kind: 'keyword', query: '契約', expect: 'contract-with-lycorp' },
  { kind: 'keyword', query: '研修', expect: 'internal-training', top: 3 },
  { kind: 'keyword', query: '相談応答システム事業者', expect: 'consultation-system-vendors' },
  { kind: 'keyword', query: 'オープンチャット', expect: 'neighborhood-associations' },
  // Whole questions as a resident or a member of staff would type them
  { kind: 'question', query: '友だちを増やす方法', expect: 'increase-friends' },
  { kind: 'question', query: '高齢者でもLINEは使える?', expect: 'elderly-users' },
  { kind: 'question', query: '自治体は無償で使えますか', expect: 'free-for-municipalities' },
  { kind: 'question', query: '管理者を追加したい', expect: 'change-or-add-admins' },
  { kind: 'question', query: 'アカウント名を変更したい', expect: 'rename-account' },
  { kind: 'question', query: '認証済アカウントとは', expect: 'verified-vs-unverified' },
  { kind: 'question', query: '地方公共団体プランの審査に落ちた理由', expect: 'plan-rejected' },
  { kind: 'question', query: 'LINE公式アカウントの開設方法', expect: 'open-an-account' },
  { kind: 'question', query: '職員が相談員になれますか', expect: 'staff-as-counselors', top: 3 },
  { kind: 'question', query: 'キャッシュレス決済を導入したい', expect: 'cashless-payment' },
  { kind: 'question', query: '開設したらすぐに公開されますか', expect: 'public-on-creation' },
  { kind: 'question', query: 'どの部署で申請すればいいですか', expect: 'which-department-applies', top: 3 },
  { kind: 'question', query: 'パートナーに頼むと費用はいくら', expect: 'partner-costs' },
  { kind: 'question', query: 'LINEという名称を使ってもいいですか', expect: 'using-the-line-name' },
  { kind: 'question', query: 'LINEはどのくらい使われていますか', expect: 'how-many-users' },
  // Width and kana variants
  { kind: 'variant', query: 'ＬＩＮＥ　Ｐａｙ', expect: 'line-pay-adoption', top: 3 },
  { kind: 'variant', query: 'ﾘｯﾁﾒﾆｭｰ', expect: 'rich-menu' },
  { kind: 'variant', query: 'りっちめにゅー', expect: 'rich-menu' },
  { kind: 'variant', query: 'せぐめんと配信', expect: 'segment-delivery' },
  { kind: 'variant', query: '地⽅公共団体プラン', expect: 'local-government-plan-vs-standard', top: 3 },
  { kind: 'variant', query: 'ＳＯＣＤＡ', expect: 'disaster-reporting-socda' },
  { kind: 'variant', query: 'ﾌﾞﾛｯｸ', expect: 'reduce-blocks' },
  // Mixed English and Japanese
  { kind: 'mixed', query: 'line pay', expect: 'line-pay-adoption', top: 3 },
  { kind: 'mixed', query: 'VOOM', expect: 'line-voom-benefits' },
  { kind: 'mixed', query: 'Govtech', expect: 'govtech-partner' },
  { kind: 'mixed', query: 'Govtech Partner制度', expect: 'govtech-partner' },
  { kind: 'mixed', query: 'LINE Biz Partner Program 費用', expect: 'partner-costs' },
  { kind: 'mixed', query: 'QRコード', expect: 'increase-friends' },
  { kind: 'mixed', query: 'MAU', expect: 'how-many-users', top: 3 },
  { kind: 'mixed', query: 'DV 相談', expect: 'what-is-line-consultation' },
  // Partial words while typing
  { kind: 'typing', query: 'リッチメニュ', expect: 'rich-menu' },
  { kind: 'typing', query: 'キャッシュ', expect: 'cashless-payment' },
  { kind: 'typing', query: 'セグメ', expect: 'segment-delivery' },
  { kind: 'typing', query: 'govt', expect: 'govtech-partner' },
  { kind: 'typing', query: 'ブロッ', expect: 'reduce-blocks' },
  { kind: 'typing', query: 'オープンチャ', expect: 'neighborhood-associations' },
  // Nothing relevant in this FAQ
  { kind: 'off-topic', query: 'ラーメン', expect: null },
  { kind: 'off-topic', query: 'パスポート', expect: null },
  { kind: 'off-topic', query: '天気予報', expect: null },
  { kind: 'off-topic', query: 'zzzz', expect: null },
];
