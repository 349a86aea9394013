import { z } from 'zod';

/**
 * The enhanced consultation request form: the one schema that decides what is
 * accepted. The card's inputs (cards/consultation-form.json) must carry the same
 * constraints; a test reads both and compares them.
 */
/**
 * Every limit is chosen so the form, echoed back with every field at its maximum and an error
 * beside each, still fits one Teams message (80 KB counted as UTF-16: a quote or backslash
 * costs two units once in JSON). The two main answers get 4,000 characters (about 600 words),
 * the two optional ones 2,000.
 */
export const LONG = 4_000;
export const MEDIUM = 2_000;
/** The most a text input may hold, as the card's `maxLength` says: values echoed back are cut to it. */
export const maxLengths = {
  requesterName: 100,
  requesterEmail: 200,
  requesterTeam: 200,
  requesterPhone: 30,
  childRef: 20,
  childDob: 10,
  childAge: 2,
  placementAuthority: 100,
  concernsOther: MEDIUM,
  servicesInvolved: MEDIUM,
  triedSoFar: LONG,
  question: LONG,
} as const;
/** A choice is a short token; anything longer is not one, and is not echoed back in full. */
export const CHOICE_MAX = 1_000;
export const choices = {
  requesterRole: ['social-worker', 'foster-carer', 'residential-carer', 'iro', 'designated-teacher', 'health', 'other'],
  legalStatus: ['s20', 's31', 's38', 'placement-order', 'other', 'not-sure'],
  placementType: ['foster', 'kinship', 'residential', 'secure', 'supported', 'other'],
  placementArea: ['in-area', 'out-of-area'],
  levelOfNeed: ['1', '2', '3', '4', 'not-sure'],
  risks: ['self-harm', 'harm-to-others', 'missing', 'exploitation', 'none'],
  urgency: ['routine', 'priority'],
} as const;

// Line breaks and tabs are fine in long answers; other control characters are not.
const noControl = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Please fill this in.')
    .max(max, `Please keep this under ${max.toLocaleString('en-GB')} characters.`)
    .refine(noControl, 'Please remove unusual characters (such as control codes).');
const optionalText = (max: number) => z.union([z.literal(''), text(max)]).default('');
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, 'Please choose one of the options.');
const multi = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .min(1, 'Please choose at least one.')
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values, 'Please choose from the options.')).min(1, 'Please choose at least one.'));
const flag = z.enum(['true', 'false'], 'Please answer yes or no.').transform((v) => v === 'true');

/** Initials ("JS", "J.S.") or a case reference with a digit ("LAC-20391"): never a full name. */
export const CHILD_REF = /^(?:[A-Za-z]\.?\s?){1,4}$|^(?=.*\d)[A-Za-z0-9/-]{3,20}$/;
/** A word written as a name is ("Amy", "Jayden2011", "smith"): a capital then two small letters, or four small letters. */
const NAME_WORD = /\p{Lu}\p{Ll}{2,}|\p{Ll}{4,}/u;

/**
 * Whether a value refused as the child's reference looks like a name (a word written as a name,
 * or two words of letters such as "JANE SMITH"): it is then cleared, not echoed back or kept.
 */
export function looksLikeName(value: string): boolean {
  const words = value.match(/\p{L}+/gu) ?? [];
  return NAME_WORD.test(value) || (words.length >= 2 && words.some((w) => w.length >= 2));
}

export const CHILD_NAME_CLEARED =
  "What was typed here looked like a name, so it has been cleared and not kept. Please use the child's initials (such as JS) or a case reference (such as LAC-20391).";

const childRef = z
  .string()
  .trim()
  .max(20, 'Please use initials or a case reference (up to 20 characters).')
  .regex(CHILD_REF, "Use the child's initials or a case reference, never their full name.")
  .refine((s) => !NAME_WORD.test(s), "This looks like a name: use the child's initials or a case reference, never their name.");

const dob = (today: () => Date) =>
  z.union([
    z.literal(''),
    z.iso
      .date('Please give a real date (YYYY-MM-DD).')
      .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), 'Please give a real date.')
      .refine((d) => new Date(d) <= today(), 'The date of birth is in the future.')
      .refine((d) => {
        const limit = today();
        limit.setFullYear(limit.getFullYear() - 25);
        return new Date(d) >= limit;
      }, 'This date of birth makes the young person over 25: the consultation is for children and young people up to 25.'),
  ]);

export function makeFormSchema(concernIds: readonly [string, ...string[]], today: () => Date = () => new Date()) {
  return z
    .strictObject({
      requesterName: text(maxLengths.requesterName),
      requesterEmail: z.email('Please give a work email address.').max(maxLengths.requesterEmail),
      requesterRole: choice(choices.requesterRole),
      requesterTeam: text(maxLengths.requesterTeam),
      requesterPhone: z
        .union([
          z.literal(''),
          z
            .string()
            .trim()
            .max(30)
            .regex(/^\+?[0-9 ()-]{6,30}$/, 'Please give a phone number (digits and spaces).'),
        ])
        .default(''),
      childRef,
      childDob: dob(today).default(''),
      childAge: z
        .union([
          z.literal(''),
          z
            .string()
            .trim()
            .regex(/^\d{1,2}$/, 'Please give an age in years (0 to 25).')
            .refine((a) => Number(a) <= 25, 'The consultation is for children and young people up to 25.'),
        ])
        .default(''),
      legalStatus: choice(choices.legalStatus),
      placementType: choice(choices.placementType),
      placementArea: choice(choices.placementArea),
      placementAuthority: optionalText(maxLengths.placementAuthority),
      levelOfNeed: choice(choices.levelOfNeed),
      concerns: multi(concernIds),
      concernsOther: optionalText(MEDIUM),
      risks: multi(choices.risks),
      servicesInvolved: optionalText(MEDIUM),
      triedSoFar: text(LONG),
      question: text(LONG),
      childViewsSought: flag,
      carerAware: flag,
      managerAware: flag,
      urgency: choice(choices.urgency),
    })
    .superRefine((f, ctx) => {
      if (!f.childDob && !f.childAge)
        ctx.addIssue({ code: 'custom', path: ['childDob'], message: 'Please give a date of birth or an age.' });
      if (f.placementArea === 'out-of-area' && !f.placementAuthority) {
        ctx.addIssue({ code: 'custom', path: ['placementAuthority'], message: 'Please say which authority the child is placed in.' });
      }
      if (f.risks.includes('none') && f.risks.length > 1)
        ctx.addIssue({ code: 'custom', path: ['risks'], message: '"None" cannot be chosen with a risk.' });
    });
}

export type FormSchema = ReturnType<typeof makeFormSchema>;
export type ConsultationForm = z.output<FormSchema>;
export const fieldNames = Object.keys(makeFormSchema(['x']).shape) as (keyof ConsultationForm)[];
