/**
 * The bytes of a text in Shift_JIS (CP932), as Japanese Windows tools save it. Node has no
 * encoder for it, but its TextDecoder reads it: the table is made by decoding every
 * two-byte code once.
 */
export function shiftJis(text: string): Uint8Array {
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((c) => {
      if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
      const bytes = table.get(c);
      if (!bytes) throw new Error(`no Shift_JIS code for ${c}`);
      return bytes;
    }),
  );
}
