import type { Db, DbOrTrx } from '../../db/database.js';
import { invalid, notFound } from '../../lib/errors.js';
import type { ListQuery } from '../../lib/http-schemas.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, authorizeRecord, ownerFilter, type Actor } from '../../lib/permissions.js';
import { listRecordPage } from '../../lib/record-list.js';
import { checkVersion } from '../../lib/versions.js';
import { diffRecords, recordAudit, recordHistory } from '../audit/audit.service.js';
import { findCompany, findCompanyNames } from '../companies/companies.repository.js';
import { getCompany } from '../companies/companies.service.js';
import { listCustomFields } from '../custom-fields/custom-fields.repository.js';
import type { CustomField } from '../custom-fields/custom-fields.schemas.js';
import { currentCustomValues, mergeCustomValues } from '../custom-fields/custom-values.js';
import { listSearch, setSearchDocumentTrashed, upsertSearchDocument } from '../search/search.repository.js';
import { findMembership } from '../workspaces/workspaces.repository.js';
import { normalizeEmails, normalizePhones, optionalText } from './person-values.js';
import {
  findPerson,
  insertPerson,
  PERSON_ENTITY,
  personFields,
  personSearchText,
  toPerson,
  updatePersonRow,
} from './people.repository.js';
import type { Person, PersonInput, PersonPatch, PersonView } from './people.schemas.js';

/**
 * People as the API shows them: each with their company's name (one lookup for the whole page) and
 * the custom values the current field definitions accept.
 */
async function presentPeople(
  db: DbOrTrx,
  workspaceId: string,
  people: Person[],
  customFields?: CustomField[],
): Promise<PersonView[]> {
  const ids = [...new Set(people.map((p) => p.companyId).filter((id): id is string => id !== null))];
  const [names, fields] = await Promise.all([
    findCompanyNames(db, workspaceId, ids),
    customFields ?? listCustomFields(db, workspaceId, 'person'),
  ]);
  return people.map((person) => ({
    ...person,
    custom: currentCustomValues(fields, person.custom),
    companyName: person.companyId ? (names.get(person.companyId) ?? null) : null,
  }));
}

export async function listPeople(db: Db, actor: Actor, query: ListQuery) {
  const scope = authorize(actor, 'people', 'read');
  const customFields = await listCustomFields(db, actor.workspaceId, 'person');
  const page = await listRecordPage(
    db,
    'people',
    {
      workspaceId: actor.workspaceId,
      query,
      fields: personFields,
      customFields,
      defaultSort: 'lastName,firstName',
      ownerIds: ownerFilter(actor, scope),
      search: query.q ? listSearch(db, actor.workspaceId, PERSON_ENTITY, query.q, query.deleted) : null,
    },
    toPerson,
  );
  return {
    data: await presentPeople(db, actor.workspaceId, page.data, customFields),
    nextCursor: page.nextCursor,
  };
}

/** People working at one company; the company must be one the actor may read. */
export async function listCompanyPeople(db: Db, actor: Actor, companyId: string, query: ListQuery) {
  await getCompany(db, actor, companyId);
  return listPeople(db, actor, { ...query, filter: { ...query.filter, companyId } });
}

async function loadPerson(
  db: DbOrTrx,
  actor: Actor,
  id: string,
  action: 'read' | 'update' | 'delete',
  lock = false,
) {
  authorize(actor, 'people', action);
  const person = await findPerson(db, actor.workspaceId, id, lock);
  if (!person) throw notFound('Person');
  authorizeRecord(actor, 'people', action, person.ownerId);
  return person;
}

async function present(db: DbOrTrx, actor: Actor, person: Person): Promise<PersonView> {
  return (await presentPeople(db, actor.workspaceId, [person]))[0]!;
}

export async function getPerson(db: Db, actor: Actor, id: string) {
  return present(db, actor, await loadPerson(db, actor, id, 'read'));
}

export async function personHistory(db: Db, actor: Actor, id: string) {
  await loadPerson(db, actor, id, 'read');
  return recordHistory(db, actor, PERSON_ENTITY, id);
}

/**
 * Checks what the schema cannot: the owner belongs to this workspace and the company is a live one
 * of this workspace. Returns the company's name for the search text.
 */
async function checkReferences(db: DbOrTrx, actor: Actor, input: PersonPatch, before: Person | null) {
  if (input.ownerId && !(await findMembership(db, actor.workspaceId, input.ownerId))) {
    throw invalid('ownerId', 'is not a member of this workspace');
  }
  const companyId = input.companyId === undefined ? (before?.companyId ?? null) : input.companyId;
  if (!companyId) return null;
  const company = await findCompany(db, actor.workspaceId, companyId);
  if (!company) throw invalid('companyId', 'is not a company of this workspace');
  // Keeping a link to a company trashed later is fine; making a new one is not.
  if (company.deletedAt && companyId !== before?.companyId)
    throw invalid('companyId', 'the company is in the trash');
  return company.name;
}

function checkName(person: Person) {
  if (!person.firstName && !person.lastName) throw invalid('firstName', 'a first or a last name is required');
}

export async function createPerson(db: Db, actor: Actor, input: PersonInput) {
  authorize(actor, 'people', 'create');
  const companyName = await checkReferences(db, actor, input, null);
  const customFields = await listCustomFields(db, actor.workspaceId, 'person');
  const now = nowIso();
  const person: Person = {
    id: uuidv7(),
    firstName: input.firstName ?? '',
    lastName: input.lastName ?? '',
    emails: normalizeEmails(input.emails ?? []),
    phones: normalizePhones(input.phones ?? []),
    companyId: input.companyId ?? null,
    jobTitle: optionalText(input.jobTitle),
    city: optionalText(input.city),
    country: input.country ?? null,
    ownerId: input.ownerId === undefined ? actor.userId : input.ownerId,
    tags: [...new Set(input.tags ?? [])],
    custom: mergeCustomValues(customFields, {}, input.custom),
    version: 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  checkName(person);
  authorizeRecord(actor, 'people', 'create', person.ownerId);
  await db.transaction().execute(async (trx) => {
    await insertPerson(trx, actor.workspaceId, person);
    await upsertSearchDocument(
      trx,
      actor.workspaceId,
      PERSON_ENTITY,
      person.id,
      personSearchText(person, companyName),
    );
    await recordAudit(trx, actor, PERSON_ENTITY, person.id, 'create', diffRecords(null, person));
  });
  return { ...person, companyName };
}

function applyPatch(before: Person, patch: PersonPatch, custom: Record<string, unknown>): Person {
  return {
    ...before,
    ...(patch.firstName !== undefined && { firstName: patch.firstName }),
    ...(patch.lastName !== undefined && { lastName: patch.lastName }),
    ...(patch.emails !== undefined && { emails: normalizeEmails(patch.emails) }),
    ...(patch.phones !== undefined && { phones: normalizePhones(patch.phones) }),
    ...(patch.companyId !== undefined && { companyId: patch.companyId }),
    ...(patch.jobTitle !== undefined && { jobTitle: optionalText(patch.jobTitle) }),
    ...(patch.city !== undefined && { city: optionalText(patch.city) }),
    ...(patch.country !== undefined && { country: patch.country }),
    ...(patch.ownerId !== undefined && { ownerId: patch.ownerId }),
    ...(patch.tags !== undefined && { tags: [...new Set(patch.tags)] }),
    custom,
    version: before.version + 1,
    updatedAt: nowIso(),
  };
}

/**
 * Changes a person. The row is read locked inside the transaction that writes it, so concurrent
 * changes of different fields all land and each history entry's "before" is the previous "after";
 * `version` (from If-Match) refuses a change made against a state someone else has since changed.
 */
export async function updatePerson(
  db: Db,
  actor: Actor,
  id: string,
  patch: PersonPatch,
  version?: number,
): Promise<PersonView> {
  return db.transaction().execute(async (trx) => {
    const before = await loadPerson(trx, actor, id, 'update', true);
    checkVersion(before.version, version);
    if (before.deletedAt) throw invalid('id', 'the person is in the trash; restore them first');
    const companyName = await checkReferences(trx, actor, patch, before);
    const customFields = await listCustomFields(trx, actor.workspaceId, 'person');
    const after = applyPatch(before, patch, mergeCustomValues(customFields, before.custom, patch.custom));
    checkName(after);
    if (after.ownerId !== before.ownerId) authorizeRecord(actor, 'people', 'update', after.ownerId);
    const changes = diffRecords(before, after);
    if (Object.keys(changes).length === 0) return { ...before, custom: after.custom, companyName };
    await updatePersonRow(trx, actor.workspaceId, after);
    await upsertSearchDocument(
      trx,
      actor.workspaceId,
      PERSON_ENTITY,
      id,
      personSearchText(after, companyName),
    );
    await recordAudit(trx, actor, PERSON_ENTITY, id, 'update', changes);
    return { ...after, companyName };
  });
}

/** Moves a person to the trash; they leave lists and search until restored. */
export async function deletePerson(db: Db, actor: Actor, id: string, version?: number) {
  await db.transaction().execute(async (trx) => {
    const before = await loadPerson(trx, actor, id, 'delete', true);
    checkVersion(before.version, version);
    if (before.deletedAt) return;
    const after = { ...before, deletedAt: nowIso(), version: before.version + 1 };
    await updatePersonRow(trx, actor.workspaceId, after);
    await setSearchDocumentTrashed(trx, actor.workspaceId, PERSON_ENTITY, id, true);
    await recordAudit(trx, actor, PERSON_ENTITY, id, 'delete', diffRecords(before, after));
  });
}

export async function restorePerson(db: Db, actor: Actor, id: string) {
  return db.transaction().execute(async (trx) => {
    const before = await loadPerson(trx, actor, id, 'delete', true);
    if (!before.deletedAt) return present(trx, actor, before);
    const after = { ...before, deletedAt: null, updatedAt: nowIso(), version: before.version + 1 };
    const view = await present(trx, actor, after);
    await updatePersonRow(trx, actor.workspaceId, after);
    await upsertSearchDocument(
      trx,
      actor.workspaceId,
      PERSON_ENTITY,
      id,
      personSearchText(after, view.companyName),
    );
    await recordAudit(trx, actor, PERSON_ENTITY, id, 'restore', diffRecords(before, after));
    return view;
  });
}
