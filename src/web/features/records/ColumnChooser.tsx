import { Button, Checkbox, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type FieldDef } from './fields.js';

/** Shows or hides columns; the first column (the record's name) always stays. */
export function ColumnChooser<T>({
  fields,
  columns,
  onChange,
}: {
  fields: FieldDef<T>[];
  columns: string[];
  onChange: (columns: string[]) => void;
}) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) => {
    if (on) {
      // Keep the order of the field list so that columns do not jump around.
      const wanted = new Set([...columns, id]);
      onChange(fields.map((f) => f.id).filter((f) => wanted.has(f)));
    } else onChange(columns.filter((c) => c !== id));
  };
  return (
    <Popover position="bottom-end" shadow="md" width={260}>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          {t('columns.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={600} size="sm" mb="xs">
          {t('columns.title')}
        </Text>
        <ScrollArea.Autosize mah={360}>
          <Stack gap={8}>
            {fields.map((field, index) => (
              <Checkbox
                key={field.id}
                label={fieldLabel(field, t)}
                checked={index === 0 || columns.includes(field.id)}
                disabled={index === 0}
                onChange={(e) => toggle(field.id, e.currentTarget.checked)}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
