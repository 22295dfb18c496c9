import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AmountWithCurrencyInput, OwnerSelect, TagsField } from '../records/common-inputs.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import { RecordSelect } from '../records/RecordSelect.js';
import { usePipelines } from './pipelines-query.js';
import { type DealInput } from './deal-input.js';

const SHOWN_FIELDS = [
  'title',
  'amount',
  'pipelineId',
  'stageId',
  'companyId',
  'expectedCloseDate',
  'status',
  'lostReason',
  'ownerId',
  'tags',
  'custom',
];

export function DealForm(props: RecordFormProps<DealInput>) {
  const { t } = useTranslation();
  const { form, set, err, textProps } = useRecordForm(props.initial, props.error);
  const { data: pipelines = [] } = usePipelines();
  const pipeline = pipelines.find((p) => p.id === form.pipelineId) ?? pipelines[0];
  if (!form.pipelineId && pipeline) set('pipelineId', pipeline.id);
  return (
    <RecordForm
      object="deal"
      shownFields={SHOWN_FIELDS}
      form={form}
      onCustomChange={(custom) => set('custom', custom)}
      formProps={props}
    >
      <TextInput label={t('deals.fields.name')} required {...textProps('title')} data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AmountWithCurrencyInput
          label={t('deals.fields.amount')}
          withAsterisk
          amount={form.amount}
          currency={form.currency}
          onAmountChange={(amount) => set('amount', amount)}
          onCurrencyChange={(code) => set('currency', code)}
          error={err('amount')}
          description={form.fromLines ? t('deals.lines.amountFromLines') : undefined}
        />
        <TextInput
          type="date"
          label={t('deals.fields.expectedCloseDate')}
          value={form.expectedCloseDate}
          onChange={(e) => set('expectedCloseDate', e.currentTarget.value)}
          error={err('expectedCloseDate')}
        />
        <Select
          label={t('deals.fields.pipeline')}
          required
          data={pipelines.map((p) => ({ value: p.id, label: p.name }))}
          value={pipeline?.id ?? null}
          onChange={(id) => {
            set('pipelineId', id);
            set('stageId', null);
          }}
          error={err('pipelineId')}
          allowDeselect={false}
        />
        <Select
          label={t('deals.fields.stage')}
          data={(pipeline?.stages ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={form.stageId ?? pipeline?.stages[0]?.id ?? null}
          onChange={(id) => set('stageId', id)}
          error={err('stageId')}
          allowDeselect={false}
        />
        <RecordSelect
          entity="company"
          label={t('fields.company')}
          value={form.companyId}
          onChange={(id) => set('companyId', id)}
          error={err('companyId')}
        />
        <Select
          label={t('deals.fields.status')}
          data={(['open', 'won', 'lost'] as const).map((value) => ({
            value,
            label: t(`deals.status.${value}`),
          }))}
          value={form.status}
          onChange={(value) => set('status', value ?? 'open')}
          error={err('status')}
          allowDeselect={false}
        />
        {form.status === 'lost' && (
          <TextInput label={t('deals.fields.lostReason')} required {...textProps('lostReason')} />
        )}
        <OwnerSelect value={form.ownerId} onChange={(id) => set('ownerId', id)} error={err('ownerId')} />
        <TagsField value={form.tags} onChange={(tags) => set('tags', tags)} error={err('tags')} />
      </SimpleGrid>
    </RecordForm>
  );
}
