import { z } from 'zod';
import { RECOVERY_CODE_PATTERN } from './recovery-codes.js';

const totpCode = z.string().regex(/^\d{6}$/, { message: 'must be 6 digits' });

/** A code from the authenticator app or an unused recovery code. */
const currentCode = z
  .string()
  .trim()
  .refine((code) => /^\d{6}$/.test(code) || RECOVERY_CODE_PATTERN.test(code), {
    message: 'must be a 6-digit code or a recovery code',
  })
  .describe('A 6-digit code from the authenticator app, or an unused recovery code (which it uses up)');

const password = z.string().min(1, { message: 'is required' }).max(200).describe('Your current password');

export const totpSetupBody = z
  .object({
    password: password.optional(),
    code: currentCode.optional(),
  })
  // Setting up from scratch needs nothing, so a request without a body is fine too.
  .nullish()
  .transform((body) => body ?? {})
  .describe('Needed only while two-factor sign-in is on (re-enrolling): your password and a current code');

export const totpSetupResponse = z.object({
  secret: z.string().describe('Base32 secret for the authenticator app'),
  otpauthUrl: z.string(),
});

export const totpEnableBody = z.object({
  code: totpCode.describe('A code from the new secret, proving the app holds it'),
});

export const recoveryCodesResponse = z
  .object({
    recoveryCodes: z
      .array(z.string())
      .describe('Shown this once; each works once in place of a code. Older codes stop working'),
  })
  .meta({ id: 'RecoveryCodes' });

export const totpDisableBody = z.object({ password, code: currentCode });

export const currentCodeBody = z.object({ code: currentCode });

export const twoFactorStatusResponse = z
  .object({
    enabled: z.boolean(),
    recoveryCodesLeft: z.number().int().describe('Unused recovery codes; 0 while two-factor sign-in is off'),
  })
  .meta({ id: 'TwoFactorStatus' });
