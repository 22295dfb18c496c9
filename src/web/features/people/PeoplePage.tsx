import { AnchorLink, ButtonLink } from '../../components/links.js';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useFormatters } from '../../lib/format.js';
import type { Person } from '../../lib/types.js';
import { RecordListPage } from '../records/RecordListPage.js';
import { PERSON_DEFAULT_COLUMNS, personFieldDefs } from './person-fields.js';

const TEXTS = {
  title: 'people.title',
  new: 'people.new',
  search: 'people.search',
  empty: 'people.empty',
  emptyBody: 'people.emptyBody',
  trashEmpty: 'list.trashEmpty',
  noMatch: 'list.noMatch',
};

const newButton = (label: string) => (
  <ButtonLink to="/people/new" search={{ companyId: undefined }} leftSection={<IconPlus size={16} />}>
    {label}
  </ButtonLink>
);

const primaryLink = (person: Person, children: ReactNode) => (
  <AnchorLink to="/people/$personId" params={{ personId: person.id }} size="sm" fw={500}>
    {children}
  </AnchorLink>
);

export function PeoplePage() {
  const fmt = useFormatters();
  const fields = useMemo(() => personFieldDefs(fmt), [fmt]);
  return (
    <RecordListPage<Person>
      object="person"
      apiPath="/people"
      texts={TEXTS}
      icon={IconUsers}
      fields={fields}
      defaultColumns={PERSON_DEFAULT_COLUMNS}
      newButton={newButton}
      primaryLink={primaryLink}
    />
  );
}
