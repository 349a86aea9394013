import jwt from 'jsonwebtoken';
import { isTokenNoise } from '../../src/teams/quiet-token-errors';

describe('the SDK prints of rejected tokens', () => {
  it('drops the key list and the token errors the SDK prints for each bad token', () => {
    expect(isTokenNoise(['Error finding key for token. Available keys: -----BEGIN RSA PUBLIC KEY-----'])).toBe(true);
    expect(isTokenNoise([new jwt.TokenExpiredError('jwt expired', new Date())])).toBe(true);
    expect(isTokenNoise([new jwt.JsonWebTokenError('invalid signature')])).toBe(true);
  });

  it('keeps every other error', () => {
    expect(isTokenNoise(['something else went wrong'])).toBe(false);
    expect(isTokenNoise([new Error('boom')])).toBe(false);
    expect(isTokenNoise([new TypeError('x')])).toBe(false);
  });
});
