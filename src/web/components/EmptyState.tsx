import { Center, Stack, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function EmptyState({
  icon: IconComponent,
  title,
  body,
  action,
}: {
  icon: Icon;
  title: string;
  body?: string;
  action?: ReactNode;
}) {
  return (
    <Center py={48} px="md">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconComponent size={26} stroke={1.5} />
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        {body && (
          <Text c="dimmed" size="sm">
            {body}
          </Text>
        )}
        {action}
      </Stack>
    </Center>
  );
}
