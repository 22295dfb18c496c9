import { z } from 'zod';
import { emailSchema } from '../auth/auth.schemas.js';

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    roleId: z.uuid(),
    invitedBy: z.uuid(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationList = z.object({ data: z.array(invitationSchema) });

export const invitationCreateBody = z.object({
  email: emailSchema,
  roleId: z.uuid({ message: 'must be a role id' }),
});

export const createdInvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    roleId: z.uuid(),
    expiresAt: z.string(),
    token: z.string().describe('The secret of the invitation link; shown only in this response'),
    path: z.string().describe('Path of the web page that accepts the invitation'),
  })
  .meta({ id: 'CreatedInvitation' });

export const invitationPreviewQuery = z.object({
  token: z.string().min(10, { message: 'is not an invitation token' }).max(200),
});

export const invitationPreviewSchema = z
  .object({
    workspaceName: z.string(),
    email: z.string(),
  })
  .meta({ id: 'InvitationPreview' });
