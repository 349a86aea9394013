/** The words of ./ligature.ts: cords, a baby under bedding, gone still, and places a ligature is hidden. */

import { alt, S } from './fragments';

/** Something tied round a neck. */
export const cord = alt(
  'cord',
  'rope',
  'belt',
  'scarf',
  'laces?',
  'shoelaces?',
  'string',
  'wire',
  'tie',
  'cable',
  'lead',
  'something',
  'hoodie cord',
  'lanyard',
  'charger',
);

/** A little one, who cannot push bedding away. */
export const baby = alt('baby', 'babies', 'newborn', 'toddler', 'little one', S`\d+ ?(?:week|wk|month|mth)s? old`);
/** Under bedding or a pillow: "under the duvet", "under a pile of blankets". */
export const underBedding = S`(?:under|beneath|in) (?:the |a |her |his |their |my )?(?:pile of )?${alt('duvet', 'covers', 'pillows?', 'blankets?', 'quilt', 'bedding', 'cushions?', 'sofa cushions')}\b`;
/** Gone still: "gone quiet", "not moving". */
export const goneStill = alt('gone quiet', 'gone still', 'gone limp', 'gone floppy', 'not moving', 'stopped moving');

/** Cords that can tie a neck, without "something", "tie" or "lead", which say little alone. */
export const ligatureCord = alt(
  'cord',
  'rope',
  'belt',
  'scarf',
  'laces',
  'shoelaces?',
  'string',
  'wire',
  'cable',
  'charger',
  'charger lead',
  'dressing gown cord',
  'hoodie cord',
  'tights',
  'sheet',
);
/** Shut away out of sight: "in the wardrobe", "behind the bathroom door". */
export const hidden = alt('wardrobe', 'cupboard', 'bathroom', 'shower', 'en ?suite', 'toilet', 'garage', 'loft', 'shed', 'airing cupboard');
