import { renderCard, type AdaptiveCard } from '../cards/render';
import { FORM_TITLE } from './wording';

/** The button asking for the form as a card in the chat, for clients that do not open dialogs. */
export const FORM_IN_CHAT = 'consultation-form-here';

/**
 * The way in to the form: a button that opens it (in a Teams dialog: the Teams edge adds that),
 * the same form in the chat for clients without dialogs, and the crisis pathway.
 */
export function launcherCard(): AdaptiveCard {
  return renderCard('notice', {
    title: FORM_TITLE,
    lines: [
      'Specialist mental health advice about a child in care. The form opens in a window, in four short parts: the child, the concern, your request and you. If it does not open, fill it in here instead.',
      "Use the child's initials or a case reference, never their name.",
      'If a child is at risk right now, this is not the route: call 999, or use the crisis pathway.',
    ],
    actions: [
      { title: 'Open the request form', data: { verb: 'consultation-form' } },
      { title: 'Fill it in here instead', data: { verb: FORM_IN_CHAT } },
      { title: 'Crisis pathway', data: { verb: 'show', id: 'pathway-crisis' } },
    ],
  });
}
