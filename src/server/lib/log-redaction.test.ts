import { describe, expect, it } from 'vitest';
import { redactUrl } from './log-redaction.js';

describe('log redaction', () => {
  it('hides the values of secret-bearing query parameters and keeps the rest', () => {
    expect(redactUrl('/api/v1/invitations/preview?token=abc123')).toBe(
      '/api/v1/invitations/preview?token=[redacted]',
    );
    expect(redactUrl('/verify-sign-up?lang=bg&TOKEN=x-y_z&next=/people')).toBe(
      '/verify-sign-up?lang=bg&TOKEN=[redacted]&next=/people',
    );
    expect(redactUrl('/api/v1/people?filter[tokenish][eq]=1&sort=key')).toBe(
      '/api/v1/people?filter[tokenish][eq]=1&sort=key',
    );
  });
});
