import { ActionIcon, Button, Group, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * One of a person's emails or phones: the address, its own label ("work", "home"), anything else the
 * kind of entry has (children), and a button that removes it.
 */
export function LabelledEntryRow(props: {
  type: 'email' | 'tel';
  valueLabel: string;
  value: string;
  onValueChange: (value: string) => void;
  error: string | undefined;
  labelLabel: string;
  labelHint: string;
  label: string | null;
  onLabelChange: (label: string) => void;
  removeLabel: string;
  onRemove: () => void;
  children?: ReactNode;
}) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        style={{ flex: 2 }}
        type={props.type}
        label={props.valueLabel}
        value={props.value}
        onChange={(e) => props.onValueChange(e.currentTarget.value)}
        error={props.error}
      />
      <TextInput
        style={{ flex: 1 }}
        label={props.labelLabel}
        placeholder={props.labelHint}
        value={props.label ?? ''}
        onChange={(e) => props.onLabelChange(e.currentTarget.value)}
      />
      {props.children}
      <ActionIcon
        variant="subtle"
        color="gray"
        mb={4}
        aria-label={props.removeLabel}
        onClick={props.onRemove}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}

export function AddEntryButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={onClick}>
      {label}
    </Button>
  );
}
