import {
  ActionIcon,
  Group,
  MultiSelect,
  NumberInput,
  Table,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moveStage, REQUIRABLE_FIELDS, type StageDraft } from './pipeline-draft.js';

const FIELD_LABELS: Record<(typeof REQUIRABLE_FIELDS)[number], string> = {
  companyId: 'fields.company',
  personIds: 'pipelines.requirable.personIds',
  expectedCloseDate: 'deals.fields.expectedCloseDate',
  ownerId: 'fields.owner',
  teamId: 'pipelines.requirable.teamId',
  lines: 'pipelines.requirable.lines',
};

/** An icon button of a stage's row, named for screen readers and in a tooltip. */
function RowAction(props: {
  label: string;
  color?: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Tooltip label={props.label}>
      <ActionIcon
        variant="subtle"
        color={props.color}
        aria-label={props.label}
        disabled={props.disabled}
        onClick={props.onClick}
      >
        {props.children}
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * A pipeline's stages as editable rows, in board order. A row moves with its arrow buttons, or with
 * Alt+↑ / Alt+↓ from any of its inputs (the focus stays in the moved row).
 */
export function StageRows(props: {
  stages: StageDraft[];
  onChange: (stages: StageDraft[]) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { stages, onChange } = props;
  const set = (index: number, patch: Partial<StageDraft>) =>
    onChange(stages.map((stage, i) => (i === index ? { ...stage, ...patch } : stage)));
  const move = (index: number, by: number) => onChange(moveStage(stages, index, by));
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? -1 : 1);
  };
  const fieldChoices = REQUIRABLE_FIELDS.map((value) => ({ value, label: t(FIELD_LABELS[value]) }));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pipelines.stageName')}</Table.Th>
            <Table.Th w={110}>{t('pipelines.probability')}</Table.Th>
            <Table.Th w={120}>{t('pipelines.rottingDays')}</Table.Th>
            <Table.Th w={230}>{t('pipelines.requiredFields')}</Table.Th>
            <Table.Th w={110}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stages.map((stage, index) => {
            const n = index + 1;
            const label = (key: string) => t(key, { n });
            return (
              <Table.Tr key={stage.key} onKeyDown={onKeyDown(index)} data-stage-row={n}>
                <Table.Td>
                  <TextInput
                    aria-label={label('pipelines.stageNameOf')}
                    value={stage.name}
                    onChange={(e) => set(index, { name: e.currentTarget.value })}
                    error={props.error(`stages.${index}.name`)}
                    required
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={label('pipelines.probabilityOf')}
                    value={stage.probability}
                    onChange={(value) => set(index, { probability: typeof value === 'number' ? value : '' })}
                    min={0}
                    max={100}
                    allowDecimal={false}
                    suffix=" %"
                    error={props.error(`stages.${index}.probability`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={label('pipelines.rottingDaysOf')}
                    placeholder={t('pipelines.never')}
                    value={stage.rottingDays}
                    onChange={(value) => set(index, { rottingDays: typeof value === 'number' ? value : '' })}
                    min={1}
                    allowDecimal={false}
                    error={props.error(`stages.${index}.rottingDays`)}
                  />
                </Table.Td>
                <Table.Td>
                  <MultiSelect
                    aria-label={label('pipelines.requiredFieldsOf')}
                    data={fieldChoices}
                    value={stage.requiredFields}
                    onChange={(requiredFields) => set(index, { requiredFields })}
                    error={props.error(`stages.${index}.requiredFields`)}
                    clearable
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <RowAction
                      label={label('pipelines.moveUp')}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <IconArrowUp size={16} />
                    </RowAction>
                    <RowAction
                      label={label('pipelines.moveDown')}
                      disabled={index === stages.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <IconArrowDown size={16} />
                    </RowAction>
                    <RowAction
                      label={label('pipelines.removeStage')}
                      color="red"
                      disabled={stages.length === 1}
                      onClick={() => onChange(stages.filter((_, i) => i !== index))}
                    >
                      <IconTrash size={16} />
                    </RowAction>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
