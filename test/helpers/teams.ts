import { randomUUID } from 'node:crypto';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:toolkit-bot', name: 'Toolkit' };
export const USER = { id: '29:user-1', aadObjectId: '11111111-2222-3333-4444-555555555555', name: 'Sam Worker' };

export interface Shape {
  serviceUrl: string;
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  tenantId?: string;
  from?: { id: string; aadObjectId?: string; name?: string };
}

function base(shape: Shape): Record<string, unknown> {
  const tenantId = shape.tenantId ?? TENANT;
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: shape.serviceUrl,
    from: shape.from ?? USER,
    recipient: BOT,
    conversation: { id: shape.conversationId ?? 'a:personal-1', conversationType: shape.conversationType ?? 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: 'en-GB',
  };
}

/** A message as Teams sends it. In group chats and channels the bot's @mention comes first. */
export function message(shape: Shape, text: string, opts: { mention?: boolean } = {}): Record<string, unknown> {
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...base(shape),
    type: 'message',
    text: opts.mention ? `${mentionText} ${text}` : text,
    textFormat: 'plain',
    entities: opts.mention ? [{ type: 'mention', text: mentionText, mentioned: BOT }] : [],
  };
}

/** What Teams sends when an Action.Submit button is pressed. */
export function submit(shape: Shape, value: Record<string, unknown>, replyToId?: string): Record<string, unknown> {
  return { ...base(shape), type: 'message', value, ...(replyToId ? { replyToId } : {}) };
}

export function installed(shape: Shape): Record<string, unknown> {
  return { ...base(shape), type: 'installationUpdate', action: 'add' };
}

export function membersAdded(shape: Shape, members = [BOT]): Record<string, unknown> {
  return { ...base(shape), type: 'conversationUpdate', membersAdded: members };
}

export function invoke(shape: Shape, name: string, value: unknown): Record<string, unknown> {
  return { ...base(shape), type: 'invoke', name, value };
}
