import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * A form's submission token, bound to the Teams user it was given to: the card carries the token
 * and a signature of (token, user) under a key only the bot holds, so a press by anyone else is
 * recognised without storing anything per form.
 */
export class FormTokens {
  private constructor(private readonly key: Buffer) {}

  /** The key is kept in the store (store.ensureSecret), so every instance and every restart agree. */
  static fromSecret(secret: string): FormTokens {
    return new FormTokens(Buffer.from(secret, 'base64'));
  }

  /** A key for this process only (tools and tests that never see a press from an earlier run). */
  static ephemeral(): FormTokens {
    return new FormTokens(randomBytes(32));
  }

  static newSecret(): string {
    return randomBytes(32).toString('base64');
  }

  issue(owner: string): { token: string; sig: string } {
    const token = randomUUID();
    return { token, sig: this.sign(token, owner) };
  }

  sign(token: string, owner: string): string {
    return createHmac('sha256', this.key).update(`${token}\n${owner}`).digest('base64url');
  }

  /** Whether `sig` was made for this token and this owner. */
  verify(token: string, owner: string, sig: unknown): boolean {
    if (typeof sig !== 'string' || sig.length > 100) return false;
    const expected = Buffer.from(this.sign(token, owner));
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
