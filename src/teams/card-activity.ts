import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';
import { withDialogButtons } from './dialog';

/** A card as a message. Buttons asking for the consultation form open it in a Teams dialog (see dialog.ts). */
export function cardActivity(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(withDialogButtons(card)));
}
