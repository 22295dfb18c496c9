import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/problem-message.js';
import { useCustomFields } from '../../lib/queries.js';
import { useSession } from '../../lib/session.js';
import type { RecordEntity } from '../../lib/types.js';
import { CustomFieldInput } from './CustomFieldInput.js';

/** The custom fields of an object as form inputs, each by its type. */
export function CustomFieldsSection(props: {
  object: RecordEntity;
  values: Record<string, unknown>;
  onChange: (key: string, value: unknown) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const fields = useCustomFields(props.object);
  if (!fields.data?.length) return null;
  return (
    <>
      <Text fw={600} size="sm" mt="sm">
        {t('customFields.sectionTitle')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fields.data.map((field) => (
          <CustomFieldInput
            key={field.id}
            field={field}
            value={props.values[field.key]}
            onChange={(value) => props.onChange(field.key, value)}
            error={fieldError(t, props.error, `custom.${field.key}`)}
            defaultCurrency={session.workspace.defaultCurrency}
          />
        ))}
      </SimpleGrid>
    </>
  );
}
