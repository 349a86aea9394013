/**
 * Makes a question safe to keep for the content owners: anything that could
 * identify a child, a family or a worker is replaced with a placeholder.
 * `known` is the toolkit's own vocabulary (lower case): capitalised words outside
 * it are treated as names.
 */
const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const rules: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  [/\bhttps?:\/\/\S+/gi, '[link]'],
  [/(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,10}\b/g, '[phone]'],
  [/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/g, '[date]'],
  [new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${months})\\b(?:\\s+\\d{4})?`, 'gi'), '[date]'],
  [new RegExp(`\\b(?:${months})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'gi'), '[date]'],
  [/\b[A-Za-z]*\d[\w/-]*\b/g, '[number]'],
];

export function redact(text: string, known: ReadonlySet<string>): string {
  let out = text.normalize('NFC').replace(/[\u0000-\u001f\u007f]+/g, ' ');
  for (const [re, placeholder] of rules) out = out.replace(re, placeholder);
  // Initials (J.S., JS) and capitalised words the toolkit does not use: names.
  out = out.replace(/\b(?:[A-Z]\.){1,3}(?![a-z])/g, '[initials]');
  out = out.replace(/\b[A-Z][a-zA-Z'’-]*\b/g, (word) => {
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if (known.has(lower)) return word;
    if (/^[A-Z]{2,3}$/.test(word)) return '[initials]';
    return '[name]';
  });
  return out.replace(/\s+/g, ' ').trim().slice(0, 500);
}
