import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldError, problemMessage } from '../../components/problem-message.js';
import { isApiError } from '../../lib/api.js';

/** Server messages of the admin endpoints that people meet, in their language (see admin/*.service.ts). */
const ADMIN_MESSAGES: [RegExp, string][] = [
  [/^You cannot grant rights you do not hold yourself/, 'admin.errors.beyondRights'],
  [/^You cannot change your own role or deactivate yourself/, 'admin.errors.ownMembership'],
  [/^You cannot change a member whose role holds rights/, 'admin.errors.memberAbove'],
  [/^You cannot change the role you act under/, 'admin.errors.ownRole'],
  [/^You cannot change a role that holds rights/, 'admin.errors.roleAbove'],
  [/^Only an owner may revoke an owner's API key/, 'admin.errors.ownerKey'],
  [/^the workspace must keep at least one active owner$/, 'admin.errors.lastOwner'],
  [/^this person is already a member of the workspace$/, 'admin.errors.alreadyMember'],
  [/^a role with this name already exists$/, 'admin.errors.roleNameTaken'],
  [/^a team with this name already exists$/, 'admin.errors.teamNameTaken'],
  [/^must be none or all/, 'admin.errors.noneOrAll'],
  [/^must be an ISO 4217 code/, 'admin.errors.currency'],
  [/^is not a member of this workspace$/, 'admin.errors.notMember'],
  [/^the role is still used by/, 'admin.errors.roleInUse'],
  [/^built-in roles cannot be changed/, 'admin.errors.builtInRole'],
  [/^no such role in this workspace$/, 'admin.errors.noSuchRole'],
  [/^Only an owner/, 'admin.errors.ownerOnly'],
  [/^a \w+ job cannot be (retried|cancelled)$/, 'admin.jobs.errors.changed'],
  [/^a job with the same de-duplication key/, 'admin.jobs.errors.duplicate'],
];

/** "(people.read, admin.create)" at the end of a refusal, as "People: Read, Administration: Create". */
function cellsIn(t: TFunction, message: string): string {
  const list = /\(([\w., ]+)\)$/.exec(message)?.[1];
  if (!list) return '';
  return list
    .split(', ')
    .map((cell) => {
      const [module, action] = cell.split('.');
      return t('admin.roles.cellLabel', {
        module: t(`admin.roles.modules.${module}`),
        action: t(`admin.roles.actions.${action}`),
      });
    })
    .join(', ');
}

function translateAdminMessage(t: TFunction, message: string): string | undefined {
  const known = ADMIN_MESSAGES.find(([pattern]) => pattern.test(message));
  return known ? t(known[1], { cells: cellsIn(t, message) }) : undefined;
}

/** The message for one form field: admin messages first, then the app's common ones. */
export function adminFieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const message = error.forField(field);
  if (message === undefined) return undefined;
  return translateAdminMessage(t, message) ?? fieldError(t, error, field);
}

/** A one-line message for a failed admin request (notifications, alerts). */
export function adminProblem(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const messages = [error.detail, ...error.fieldErrors.map((e) => e.message)];
    for (const message of messages) {
      const translated = message && translateAdminMessage(t, message.replace(/^[\w.]+: /, ''));
      if (translated) return translated;
    }
  }
  return problemMessage(t, error);
}

/** Like ErrorAlert, with admin messages translated; hidden when the fields shown explain it all. */
export function AdminErrorAlert({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (
    isApiError(error) &&
    error.fieldErrors.length > 0 &&
    error.fieldErrors.every((e) => shownFields.some((f) => e.field === f || e.field.startsWith(`${f}.`)))
  ) {
    return null;
  }
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('errors.title')} role="alert">
      {adminProblem(t, error)}
    </Alert>
  );
}
