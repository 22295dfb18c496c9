import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconUser, IconUsers } from '@tabler/icons-react';
import { lazyRouteComponent } from '@tanstack/react-router';
import type { Person } from '../../lib/types.js';
import { defineRecordType } from '../../records/define-record-type.js';
import type { RenderContext } from '../records/fields.js';
import type { FieldItem } from '../records/FieldList.js';
import { RecordLink } from '../records/RecordLink.js';
import { PERSON_DEFAULT_COLUMNS, personFieldDefs } from './person-fields.js';
import { customerValueDetails } from '../customer-value/customer-value-fields.js';
import { personBody, personInput } from './person-input.js';

// A record's related cards are chunks of their own, fetched with the record's page.
const CustomerSalesPanel = lazyRouteComponent(
  () => import('../sales-documents/CustomerSalesPanel.js'),
  'CustomerSalesPanel',
);

function personDetails(p: Person, { fmt, t }: RenderContext): FieldItem[] {
  return [
    {
      label: t('fields.emails'),
      value: p.emails.length ? (
        <Stack gap={2}>
          {p.emails.map((e) => (
            <Group key={e.email} gap={6}>
              <Anchor href={`mailto:${e.email}`} size="sm">
                {e.email}
              </Anchor>
              {e.label && (
                <Text span size="xs" c="dimmed">
                  {e.label}
                </Text>
              )}
              {e.primary && p.emails.length > 1 && (
                <Badge size="xs" variant="light">
                  {t('people.primary')}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      ) : null,
    },
    {
      label: t('fields.phones'),
      value: p.phones.length ? (
        <Stack gap={2}>
          {p.phones.map((ph) => (
            <Group key={ph.number} gap={6}>
              <Anchor href={`tel:${ph.number}`} size="sm">
                {ph.number}
              </Anchor>
              {ph.label && (
                <Text span size="xs" c="dimmed">
                  {ph.label}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      ) : null,
    },
    {
      label: t('fields.company'),
      value: p.companyId ? (
        <RecordLink entity="company" id={p.companyId}>
          {p.companyName ?? t('companies.unnamed')}
        </RecordLink>
      ) : null,
    },
    { label: t('fields.jobTitle'), value: p.jobTitle },
    { label: t('fields.city'), value: p.city },
    { label: t('fields.country'), value: p.country ? fmt.country(p.country) : null },
    ...customerValueDetails(p, fmt, t),
  ];
}

/** The people the workspace works with: customers, leads and partners. */
export const personType = defineRecordType({
  entity: 'person',
  module: 'people',
  apiPath: '/people',
  routePath: '/people',
  icon: IconUser,
  listIcon: IconUsers,
  color: 'indigo',
  texts: 'people',
  display: ['firstName', 'lastName'],
  refs: { companyId: 'company' },
  fields: personFieldDefs,
  defaultColumns: PERSON_DEFAULT_COLUMNS,
  subtitle: (p) => [p.jobTitle, p.companyName].filter(Boolean).join(' · ') || null,
  details: personDetails,
  Related: ({ record }) => <CustomerSalesPanel customer="people" id={record.id} />,
  form: {
    Form: lazyRouteComponent(() => import('./PersonForm.js'), 'PersonForm'),
    toInput: ({ prefill }, person) =>
      personInput(person, prefill.companyId ? { companyId: prefill.companyId } : {}),
    toBody: personBody,
    prefill: ['companyId'],
  },
  vCard: true,
  duplicates: true,
});
