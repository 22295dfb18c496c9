import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api.js';
import { problemMessage } from './problem-message.js';

/**
 * A request's error in words. Forms pass the fields they show next to inputs; the alert then appears
 * only for problems that no field explains.
 */
export function ErrorAlert({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (
    isApiError(error) &&
    error.fieldErrors.length > 0 &&
    error.fieldErrors.every((e) => shownFields.some((f) => e.field === f || e.field.startsWith(`${f}.`)))
  ) {
    return null;
  }
  // Someone else saving first is no failure: the form has their changes now and can be saved again.
  const changedMeanwhile = isApiError(error) && error.status === 412;
  return (
    <Alert
      color={changedMeanwhile ? 'orange' : 'red'}
      icon={<IconAlertTriangle size={18} />}
      title={t(changedMeanwhile ? 'errors.changedMeanwhileTitle' : 'errors.title')}
      role="alert"
    >
      {problemMessage(t, error)}
    </Alert>
  );
}
