/**
 * The pictures young people type in place of words, read as the words they stand for, so a message relayed from a
 * group chat ("tonights the night ⚰️⚰️", "🌉 tmrw") reads as it was meant. Only pictures of a means, an injury or
 * death; not the skull or the crying face, which mean laughing as often as not.
 */
const EMOJI_WORDS: ReadonlyMap<string, string> = new Map([
  ['\u{26B0}', 'coffin'],
  ['\u{1FAA6}', 'grave'],
  ['\u{1F52A}', 'knife'],
  ['\u{1F5E1}', 'knife'],
  ['\u{1F52B}', 'gun'],
  ['\u{1F48A}', 'pills'],
  ['\u{1FA78}', 'blood'],
  ['\u{1F489}', 'needle'],
  ['\u{1F309}', 'bridge'],
  ['\u{1FAA2}', 'rope'],
  ['\u{1F691}', 'ambulance'],
  ['\u{1F198}', 'sos'],
]);

const EMOJI = new RegExp([...EMOJI_WORDS.keys()].join('|'), 'gu');

/** The text with each of these pictures replaced by its word, spaced so it stands alone. */
export function emojiAsWords(text: string): string {
  return text.replace(EMOJI, (e) => ` ${EMOJI_WORDS.get(e)} `);
}
