import { ActionIcon, Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import type { Person, PersonEmail, PersonPhone } from '../../lib/types.js';
import { CompanySelect } from '../companies/CompanySelect.js';
import { CustomFieldsSection } from '../custom-fields/CustomFieldsSection.js';
import { CountrySelect, OwnerSelect, TagsField } from '../records/common-inputs.js';

export interface PersonInput {
  firstName: string;
  lastName: string;
  emails: PersonEmail[];
  phones: PersonPhone[];
  companyId: string | null;
  jobTitle: string;
  city: string;
  country: string | null;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

export function personInput(person?: Person, defaults: Partial<PersonInput> = {}): PersonInput {
  return {
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    emails: person?.emails.length ? person.emails : [{ email: '', label: null, primary: true }],
    phones: person?.phones.length ? person.phones : [{ number: '', label: null }],
    companyId: person?.companyId ?? null,
    jobTitle: person?.jobTitle ?? '',
    city: person?.city ?? '',
    country: person?.country ?? null,
    ownerId: person?.ownerId ?? null,
    tags: person?.tags ?? [],
    custom: person?.custom ?? {},
    ...defaults,
  };
}

/** The request body: blank rows dropped, blank texts as null. */
export function personBody(input: PersonInput, isNew: boolean) {
  const emails = input.emails
    .filter((e) => e.email.trim())
    .map((e) => ({ ...e, label: e.label?.trim() || null }));
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    emails,
    phones: input.phones
      .filter((p) => p.number.trim())
      .map((p) => ({ ...p, label: p.label?.trim() || null })),
    companyId: input.companyId,
    jobTitle: input.jobTitle.trim() || null,
    city: input.city.trim() || null,
    country: input.country,
    // A new record without a chosen owner belongs to its creator (the API's default).
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}

const SHOWN_FIELDS = [
  'firstName',
  'lastName',
  'emails',
  'phones',
  'companyId',
  'jobTitle',
  'city',
  'country',
  'ownerId',
  'tags',
  'custom',
];

export function PersonForm(props: {
  initial: PersonInput;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: PersonInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(props.initial);
  const set = <K extends keyof PersonInput>(key: K, value: PersonInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const err = (field: string) => fieldError(t, props.error, field);
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
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(form);
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.firstName')}
            value={form.firstName}
            onChange={(e) => set('firstName', e.currentTarget.value)}
            error={err('firstName')}
            data-autofocus
          />
          <TextInput
            label={t('fields.lastName')}
            value={form.lastName}
            onChange={(e) => set('lastName', e.currentTarget.value)}
            error={err('lastName')}
          />
          <TextInput
            label={t('fields.jobTitle')}
            value={form.jobTitle}
            onChange={(e) => set('jobTitle', e.currentTarget.value)}
            error={err('jobTitle')}
          />
          <CompanySelect
            label={t('fields.company')}
            value={form.companyId}
            onChange={(id) => set('companyId', id)}
            error={err('companyId')}
          />
        </SimpleGrid>

        <Stack gap={6}>
          {form.emails.map((email, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 2 }}
                type="email"
                label={t('fields.email')}
                value={email.email}
                onChange={(e) => setEmail(i, { email: e.currentTarget.value })}
                error={err(`emails.${i}`)}
              />
              <TextInput
                style={{ flex: 1 }}
                label={t('people.emailLabel')}
                placeholder={t('people.emailLabelHint')}
                value={email.label ?? ''}
                onChange={(e) => setEmail(i, { label: e.currentTarget.value })}
              />
              <Checkbox
                label={t('people.primary')}
                checked={email.primary}
                onChange={(e) => setEmail(i, { primary: e.currentTarget.checked })}
                mb={8}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mb={4}
                aria-label={t('people.removeEmail')}
                onClick={() =>
                  set(
                    'emails',
                    form.emails.filter((_, j) => j !== i),
                  )
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              set('emails', [...form.emails, { email: '', label: null, primary: form.emails.length === 0 }])
            }
          >
            {t('people.addEmail')}
          </Button>
        </Stack>

        <Stack gap={6}>
          {form.phones.map((phone, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 2 }}
                type="tel"
                label={t('fields.phone')}
                value={phone.number}
                onChange={(e) => setPhone(i, { number: e.currentTarget.value })}
                error={err(`phones.${i}`)}
              />
              <TextInput
                style={{ flex: 1 }}
                label={t('people.phoneLabel')}
                placeholder={t('people.phoneLabelHint')}
                value={phone.label ?? ''}
                onChange={(e) => setPhone(i, { label: e.currentTarget.value })}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mb={4}
                aria-label={t('people.removePhone')}
                onClick={() =>
                  set(
                    'phones',
                    form.phones.filter((_, j) => j !== i),
                  )
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() => set('phones', [...form.phones, { number: '', label: null }])}
          >
            {t('people.addPhone')}
          </Button>
        </Stack>

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.city')}
            value={form.city}
            onChange={(e) => set('city', e.currentTarget.value)}
            error={err('city')}
          />
          <CountrySelect
            value={form.country}
            onChange={(code) => set('country', code)}
            error={err('country')}
          />
          <OwnerSelect value={form.ownerId} onChange={(id) => set('ownerId', id)} error={err('ownerId')} />
          <TagsField value={form.tags} onChange={(tags) => set('tags', tags)} error={err('tags')} />
        </SimpleGrid>

        <CustomFieldsSection
          object="person"
          values={form.custom}
          onChange={(key, value) => set('custom', { ...form.custom, [key]: value })}
          error={props.error}
        />

        <ErrorAlert error={props.error} shownFields={SHOWN_FIELDS} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
