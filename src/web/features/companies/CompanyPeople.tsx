import { Button, Group, Skeleton, Table, Text } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import type { Page, Person } from '../../lib/types.js';
import { personType } from '../people/people.record.js';
import { primaryEmail } from '../people/person-fields.js';

/** The people who work at a company, with a shortcut to add one more. */
export function CompanyPeople({ companyId, readOnly }: { companyId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const mayAdd = !readOnly && canOnRecord(session, personType.module, 'create', session.user.id);
  const people = useInfiniteQuery({
    queryKey: ['records', 'person', 'company', companyId],
    queryFn: ({ pageParam }) =>
      api<Page<Person>>(`/companies/${companyId}/people`, {
        query: { cursor: pageParam, limit: 50, sort: 'lastName,firstName' },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = people.data?.pages.flatMap((p) => p.data) ?? [];
  const addButton = mayAdd ? (
    <ButtonLink
      {...personType.newLink({ companyId })}
      size="xs"
      variant="light"
      leftSection={<IconPlus size={14} />}
    >
      {t('companies.addPerson')}
    </ButtonLink>
  ) : null;

  if (people.isPending) return <Skeleton height={100} />;
  if (people.isError) return <ErrorAlert error={people.error} />;
  if (rows.length === 0)
    return <EmptyState icon={IconUsers} title={t('companies.noPeople')} action={addButton} />;
  return (
    <>
      <Group justify="flex-end" mb="xs">
        {addButton}
      </Group>
      <Table fz="sm" highlightOnHover layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.fields.name')}</Table.Th>
            <Table.Th>{t('fields.jobTitle')}</Table.Th>
            <Table.Th>{t('fields.email')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <AnchorLink {...personType.link(person.id)} size="sm" fw={500}>
                  {personType.displayName(person) || t('people.unnamed')}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm" truncate>
                  {person.jobTitle}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" truncate>
                  {primaryEmail(person)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {people.hasNextPage && (
        <Button
          variant="subtle"
          mt="xs"
          onClick={() => void people.fetchNextPage()}
          loading={people.isFetchingNextPage}
        >
          {t('list.showMore')}
        </Button>
      )}
    </>
  );
}
