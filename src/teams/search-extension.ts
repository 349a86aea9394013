import { CardFactory, type MessagingExtensionQuery, type MessagingExtensionResponse } from 'botbuilder';
import type { Answerer } from '../answers/answerer';

/**
 * The compose-box search ("Search the toolkit"): the entries that fit what was typed, each as its
 * shareable card (no buttons: the bot may not be in that chat) with a title and summary preview.
 */
export function searchExtension(answerer: Answerer, query: MessagingExtensionQuery): MessagingExtensionResponse {
  const text = query.parameters?.find((p) => p.name === 'query')?.value;
  const entries = typeof text === 'string' && text.trim() ? answerer.searchEntries(text.slice(0, 200)) : [];
  const attachments = entries.map((e) => ({
    ...CardFactory.adaptiveCard(answerer.shareCard(e)),
    preview: CardFactory.thumbnailCard(e.title, e.summary),
  }));
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}
