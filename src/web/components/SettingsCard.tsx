import { Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A settings section: a card with its title, an action beside it (a "New…" button) and an intro. */
export function SettingsCard(props: {
  title: string;
  intro: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder p="lg">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {props.action}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {props.intro}
      </Text>
      {props.children}
    </Card>
  );
}
