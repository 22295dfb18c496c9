import { z } from 'zod';
import { RECOVERY_CODE_PATTERN } from './recovery-codes.js';

export const LOCALES = ['en', 'bg', 'ru', 'sk', 'pt', 'pl'] as const;
export const localeSchema = z.enum(LOCALES);

const email = z.email({ message: 'must be an email address' }).max(254);
const password = z.string().min(10, { message: 'must be at least 10 characters' }).max(200);

export const signUpBody = z.object({
  workspaceName: z.string().trim().min(1, { message: 'is required' }).max(120),
  name: z.string().trim().min(1, { message: 'is required' }).max(120),
  email,
  password,
  locale: localeSchema.default('en'),
});

export const signUpAcceptedResponse = z
  .object({
    status: z.literal('verification_sent'),
    email: z.string().describe('The address the email went to'),
  })
  .meta({ id: 'SignUpAccepted' });

export const signUpConfirmBody = z.object({
  token: z.string().min(10, { message: 'is not a sign-up link' }).max(200),
});

export const recoveryCodeSchema = z
  .string()
  .regex(RECOVERY_CODE_PATTERN, { message: 'must be a recovery code such as abcde-fgh23' })
  .describe('One of the recovery codes given when two-factor sign-in was turned on; each works once');

export const signInBody = z.object({
  email: z.string().trim().min(1, { message: 'is required' }).max(254),
  password: z.string().min(1, { message: 'is required' }).max(200),
  totpCode: z
    .string()
    .regex(/^\d{6}$/, { message: 'must be 6 digits' })
    .optional(),
  recoveryCode: recoveryCodeSchema.optional().describe('Instead of `totpCode`, when the app is not at hand'),
});

export const sessionResponse = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      name: z.string(),
      locale: localeSchema,
      timeZone: z.string().nullable(),
      totpEnabled: z.boolean(),
    }),
    workspace: z.object({
      id: z.uuid(),
      name: z.string(),
      defaultCurrency: z.string(),
      defaultLocale: z.string(),
    }),
    role: z.object({ key: z.string().nullable() }),
    permissions: z.record(z.string(), z.record(z.string(), z.string())),
    teamUserIds: z
      .array(z.uuid())
      .describe(
        'Members who share a team with the user, the user included: the owners of the records a `team` scope reaches',
      ),
    csrfToken: z.string(),
  })
  .meta({ id: 'Session' });

/** An IANA time zone the runtime knows (`Europe/Sofia`, `UTC`); the app formats dates in it. */
function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const profileBody = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(120).optional(),
  locale: localeSchema.optional(),
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, { message: 'is not a time zone (such as Europe/Sofia)' })
    .nullable()
    .optional(),
});

export const acceptInvitationBody = z.object({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(1, { message: 'is required' }).max(120),
  password,
  totpCode: z
    .string()
    .regex(/^\d{6}$/, { message: 'must be 6 digits' })
    .optional()
    .describe('Needed when joining with an existing account that has two-factor sign-in'),
  recoveryCode: recoveryCodeSchema.optional().describe('Instead of `totpCode`'),
});

export { email as emailSchema, password as passwordSchema };
