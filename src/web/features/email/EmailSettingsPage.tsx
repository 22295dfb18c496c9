import { Stack } from '@mantine/core';
import { OutboxCard } from './OutboxCard.js';
import { SmtpSettingsCard } from './SmtpSettingsCard.js';

/** Settings → Email: how the workspace sends email, and what it sent or kept (admins). */
export function EmailSettingsPage() {
  return (
    <Stack gap="lg">
      <SmtpSettingsCard />
      <OutboxCard />
    </Stack>
  );
}
