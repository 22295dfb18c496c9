import { describe, expect, it } from 'vitest';
import { publicUrl } from './public-url.js';

describe('publicUrl', () => {
  it('starts links with PUBLIC_URL, keeping a path it has', () => {
    expect(publicUrl('/sign-in', { PUBLIC_URL: 'https://crm.example.com' })).toBe(
      'https://crm.example.com/sign-in',
    );
    expect(publicUrl('/verify-sign-up?token=a_b-c', { PUBLIC_URL: 'https://example.com/crm/' })).toBe(
      'https://example.com/crm/verify-sign-up?token=a_b-c',
    );
    expect(publicUrl('/sign-in', { PUBLIC_URL: 'https://example.com/crm' })).toBe(
      'https://example.com/crm/sign-in',
    );
  });

  it('points at this machine without PUBLIC_URL, never at a Host header', () => {
    expect(publicUrl('/sign-in', {})).toBe('http://localhost:3000/sign-in');
    expect(publicUrl('/sign-in', { PORT: '8080', PUBLIC_URL: ' ' })).toBe('http://localhost:8080/sign-in');
  });
});
