import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonEmail, PersonPhone } from '../../lib/types.js';
import { CountrySelect, OwnerSelect, TagsField } from '../records/common-inputs.js';
import { LanguageSelect } from '../documents/LanguageSelect.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import { RecordSelect } from '../records/RecordSelect.js';
import { AddEntryButton, LabelledEntryRow } from './LabelledEntryRow.js';
import { type PersonInput } from './person-input.js';

const SHOWN_FIELDS = [
  'firstName',
  'lastName',
  'emails',
  'phones',
  'companyId',
  'jobTitle',
  'city',
  'country',
  'language',
  'ownerId',
  'tags',
  'custom',
];

export function PersonForm(props: RecordFormProps<PersonInput>) {
  const { t } = useTranslation();
  const { form, set, err, textProps } = useRecordForm(props.initial, props.error);
  const setEmail = (i: number, patch: Partial<PersonEmail>) =>
    set(
      'emails',
      form.emails.map((e, j) =>
        j === i ? { ...e, ...patch } : patch.primary ? { ...e, primary: false } : e,
      ),
    );
  const setPhone = (i: number, patch: Partial<PersonPhone>) =>
    set(
      'phones',
      form.phones.map((p, j) => (j === i ? { ...p, ...patch } : p)),
    );

  return (
    <RecordForm
      object="person"
      shownFields={SHOWN_FIELDS}
      form={form}
      onCustomChange={(custom) => set('custom', custom)}
      formProps={props}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('fields.firstName')} {...textProps('firstName')} data-autofocus />
        <TextInput label={t('fields.lastName')} {...textProps('lastName')} />
        <TextInput label={t('fields.jobTitle')} {...textProps('jobTitle')} />
        <RecordSelect
          entity="company"
          label={t('fields.company')}
          value={form.companyId}
          onChange={(id) => set('companyId', id)}
          error={err('companyId')}
        />
      </SimpleGrid>

      <Stack gap={6}>
        {form.emails.map((email, i) => (
          <LabelledEntryRow
            key={i}
            type="email"
            valueLabel={t('fields.email')}
            value={email.email}
            onValueChange={(value) => setEmail(i, { email: value })}
            error={err(`emails.${i}`)}
            labelLabel={t('people.emailLabel')}
            labelHint={t('people.emailLabelHint')}
            label={email.label}
            onLabelChange={(label) => setEmail(i, { label })}
            removeLabel={t('people.removeEmail')}
            onRemove={() =>
              set(
                'emails',
                form.emails.filter((_, j) => j !== i),
              )
            }
          >
            <Checkbox
              label={t('people.primary')}
              checked={email.primary}
              onChange={(e) => setEmail(i, { primary: e.currentTarget.checked })}
              mb={8}
            />
          </LabelledEntryRow>
        ))}
        <AddEntryButton
          label={t('people.addEmail')}
          onClick={() =>
            set('emails', [...form.emails, { email: '', label: null, primary: form.emails.length === 0 }])
          }
        />
      </Stack>

      <Stack gap={6}>
        {form.phones.map((phone, i) => (
          <LabelledEntryRow
            key={i}
            type="tel"
            valueLabel={t('fields.phone')}
            value={phone.number}
            onValueChange={(value) => setPhone(i, { number: value })}
            error={err(`phones.${i}`)}
            labelLabel={t('people.phoneLabel')}
            labelHint={t('people.phoneLabelHint')}
            label={phone.label}
            onLabelChange={(label) => setPhone(i, { label })}
            removeLabel={t('people.removePhone')}
            onRemove={() =>
              set(
                'phones',
                form.phones.filter((_, j) => j !== i),
              )
            }
          />
        ))}
        <AddEntryButton
          label={t('people.addPhone')}
          onClick={() => set('phones', [...form.phones, { number: '', label: null }])}
        />
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('fields.city')} {...textProps('city')} />
        <CountrySelect
          value={form.country}
          onChange={(code) => set('country', code)}
          error={err('country')}
        />
        <LanguageSelect
          value={form.language}
          onChange={(language) => set('language', language)}
          error={err('language')}
        />
        <OwnerSelect value={form.ownerId} onChange={(id) => set('ownerId', id)} error={err('ownerId')} />
        <TagsField value={form.tags} onChange={(tags) => set('tags', tags)} error={err('tags')} />
      </SimpleGrid>
    </RecordForm>
  );
}
