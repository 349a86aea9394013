/**
 * About to fall: hanging out of a window, or saying they will let go. Ways the "place" rule (./places.ts) reads, kept
 * here with their own word lists.
 */

import { alt, S, upTo } from './fragments';

/** Where a child can hang over a drop. */
const drop = alt(
  'window',
  'windows',
  'ledge',
  'window ?sill',
  'bridge',
  'balcony',
  'roof',
  'railings?',
  'edge',
  'drop',
  'cliff',
  'scaffolding',
  'fire escape',
);
/** About to, or saying they will. */
const willSoon = alt('going to', 'gonna', 'about to', 'threatening to', 'threatens to', 'will', 'ill', 'hell', 'shell', 'theyll');
/** Out of a window for the air, a cigarette or a wave. */
const leaningOutForFun = alt(
  S`to ${alt('smoke', 'vape', 'wave', 'shout', 'talk', 'chat', 'see', 'look')}`,
  'smoking',
  'vaping',
  'waving',
  'shouting at',
  'talking to',
  'chatting',
  'washing',
  'flag',
  'banner',
  'decorations',
);

/** Hanging over a drop, or about to let go: each a way of the "place" rule. */
export const hangingOver: string[] = [
  // Half out over the drop: "hanging out of his second floor bedroom window", "dangling out of the top floor window"
  // (not to smoke or to wave).
  S`\b${alt('hanging', 'dangling', 'climbing', 'climbed', 'half', 'leaning (?:right|all the way)')} out (?:of )?(?:a |the |her |his |their )?(?:\w+ ){0,3}windows?\b` +
    S`(?!${upTo(3)} ${leaningOutForFun}\b)`,
  // Saying they will let go, up high: "on the balcony rail, says shell let go" (not let go of the past, or of the sofa).
  S`^(?=.*\b${drop}\b).*\b${willSoon} let go\b` +
    S`(?! of (?!(?:the |her |his |their )?${alt('ledge', 'railings?', 'window', 'sill', 'frame', 'bridge', 'gutter', 'drainpipe', 'rope', 'wall')}\b))`,
];
