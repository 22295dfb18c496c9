import { Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTIONS, MODULES, type Permissions, type Scope } from './admin-types.js';
import { cellWithin, type Holder } from './grants.js';
import { scopesFor, withScope } from './permissions.js';

const SCOPE_COLORS: Record<Scope, string> = {
  none: 'var(--mantine-color-dimmed)',
  own: 'var(--mantine-color-blue-7)',
  team: 'var(--mantine-color-violet-7)',
  all: 'var(--mantine-color-green-8)',
};

/**
 * Rows are modules, columns actions; each cell says which records the role reaches. Read-only for
 * built-in roles. `errorFor` names a cell's problem from the server (`permissions.people.read`);
 * scopes beyond `limit` (the editor's own rights) cannot be chosen.
 */
export function PermissionMatrix(props: {
  value: Permissions;
  onChange?: (value: Permissions) => void;
  errorFor?: (field: string) => string | undefined;
  limit?: Holder;
}) {
  const { t } = useTranslation();
  const readOnly = !props.onChange;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder withColumnBorders verticalSpacing={6} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="24%">{t('admin.roles.module')}</Table.Th>
            {ACTIONS.map((action) => (
              <Table.Th key={action}>{t(`admin.roles.actions.${action}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {MODULES.map((module) => (
            <Table.Tr key={module}>
              <Table.Th scope="row" fw={500}>
                {t(`admin.roles.modules.${module}`)}
              </Table.Th>
              {ACTIONS.map((action) => {
                const scope = props.value[module][action];
                const label = t('admin.roles.cellLabel', {
                  module: t(`admin.roles.modules.${module}`),
                  action: t(`admin.roles.actions.${action}`),
                });
                return (
                  <Table.Td key={action}>
                    {readOnly ? (
                      <Text
                        size="sm"
                        fw={scope === 'none' ? 400 : 500}
                        style={{ color: SCOPE_COLORS[scope] }}
                      >
                        {t(`admin.roles.scopes.${scope}`)}
                      </Text>
                    ) : (
                      <Select
                        size="xs"
                        aria-label={label}
                        data={scopesFor(module).map((value) => ({
                          value,
                          label: t(`admin.roles.scopes.${value}`),
                          disabled:
                            props.limit !== undefined && !cellWithin(props.limit, module, action, value),
                        }))}
                        value={scope}
                        allowDeselect={false}
                        onChange={(next) =>
                          next && props.onChange?.(withScope(props.value, module, action, next as Scope))
                        }
                        error={props.errorFor?.(`permissions.${module}.${action}`)}
                        comboboxProps={{ withinPortal: true }}
                      />
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
