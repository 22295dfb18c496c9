import { z } from 'zod';
import { emailSchema, passwordSchema } from './auth.schemas.js';

const code = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .max(40)
  .describe(
    'A current 6-digit code from the authenticator app, or a recovery code; needed when two-factor sign-in is on',
  );

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, { message: 'is required' }).max(200),
  newPassword: passwordSchema,
  code: code.optional(),
});

export const passwordResetRequestBody = z.object({ email: emailSchema });

export const passwordResetAcceptedResponse = z
  .object({ status: z.literal('reset_requested') })
  .meta({ id: 'PasswordResetAccepted' });

const resetToken = z
  .string()
  .min(10, { message: 'is not a password reset link' })
  .max(200, { message: 'is not a password reset link' });

export const passwordResetCheckBody = z.object({ token: resetToken });

export const passwordResetCheckResponse = z
  .object({
    twoFactorRequired: z
      .boolean()
      .describe('Whether confirming needs a two-factor code (or recovery code) besides the new password'),
  })
  .meta({ id: 'PasswordResetCheck' });

export const passwordResetConfirmBody = z.object({
  token: resetToken,
  password: passwordSchema,
  code: code.optional(),
});

export const userSessionSchema = z
  .object({
    id: z.uuid(),
    current: z.boolean().describe('The session this request was made with'),
    workspace: z.object({ id: z.uuid(), name: z.string() }),
    userAgent: z.string().nullable().describe('The browser that signed in, as it named itself'),
    ip: z.string().nullable().describe('The client address at sign-in'),
    createdAt: z.string(),
    lastSeenAt: z.string().nullable().describe('When the session was last used, to the minute'),
    expiresAt: z.string(),
  })
  .meta({ id: 'UserSession' });

export const userSessionListResponse = z
  .object({ data: z.array(userSessionSchema) })
  .meta({ id: 'UserSessionList' });

export const endedSessionsResponse = z
  .object({ ended: z.number().int().describe('How many sessions were ended') })
  .meta({ id: 'EndedSessions' });
