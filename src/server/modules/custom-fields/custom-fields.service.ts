import type { Db } from '../../db/database.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';

const ENTITY = 'custom_field';
import {
  deleteCustomField,
  findCustomField,
  insertCustomField,
  listCustomFields,
  purgeCustomValues,
  updateCustomField,
} from './custom-fields.repository.js';
import { recordTypeOf } from '../../records/registry.js';
import type { CustomField, CustomFieldObject } from './custom-fields.schemas.js';

const RESERVED_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'name', 'tags', 'ownerId']);

function checkChoices(type: CustomField['type'], choices: CustomField['choices'] | undefined) {
  const needsChoices = type === 'select' || type === 'multiselect';
  if (needsChoices && (!choices || choices.length === 0))
    throw invalid('choices', 'select fields need at least one choice');
  if (!needsChoices && choices && choices.length > 0)
    throw invalid('choices', 'only select fields have choices');
  const values = (choices ?? []).map((c) => c.value);
  if (new Set(values).size !== values.length) throw invalid('choices', 'choice values must be unique');
}

export async function getCustomFields(db: Db, actor: Actor, object?: CustomFieldObject) {
  return listCustomFields(db, actor.workspaceId, object);
}

export async function createCustomField(
  db: Db,
  actor: Actor,
  input: {
    object: CustomFieldObject;
    key: string;
    label: string;
    type: CustomField['type'];
    choices?: CustomField['choices'] | undefined;
    required: boolean;
  },
) {
  authorize(actor, 'admin', 'create');
  if (RESERVED_KEYS.has(input.key)) throw invalid('key', 'is reserved');
  checkChoices(input.type, input.choices);
  return db.transaction().execute(async (trx) => {
    const existing = await listCustomFields(trx, actor.workspaceId, input.object);
    if (existing.some((f) => f.key === input.key))
      throw conflict('key', 'a field with this key already exists');
    const now = nowIso();
    const field: CustomField = {
      id: uuidv7(),
      object: input.object,
      key: input.key,
      label: input.label,
      type: input.type,
      choices: input.choices ?? [],
      required: input.required,
      position: existing.length,
      createdAt: now,
      updatedAt: now,
    };
    await insertCustomField(trx, actor.workspaceId, field);
    await recordAudit(trx, actor, ENTITY, field.id, 'create', diffRecords(null, field));
    return field;
  });
}

export async function changeCustomField(
  db: Db,
  actor: Actor,
  id: string,
  patch: {
    label?: string | undefined;
    choices?: CustomField['choices'] | undefined;
    required?: boolean | undefined;
    position?: number | undefined;
  },
) {
  authorize(actor, 'admin', 'update');
  return db.transaction().execute(async (trx) => {
    const field = await findCustomField(trx, actor.workspaceId, id, true);
    if (!field) throw notFound('Custom field');
    if (patch.choices) checkChoices(field.type, patch.choices);
    const updated: CustomField = {
      ...field,
      ...(patch.label !== undefined && { label: patch.label }),
      ...(patch.choices !== undefined && { choices: patch.choices }),
      ...(patch.required !== undefined && { required: patch.required }),
      ...(patch.position !== undefined && { position: patch.position }),
      updatedAt: nowIso(),
    };
    const changes = diffRecords(field, updated);
    if (Object.keys(changes).length === 0) return field;
    await updateCustomField(trx, actor.workspaceId, updated);
    await recordAudit(trx, actor, ENTITY, id, 'update', changes);
    return updated;
  });
}

/** Removes the definition and, in the same transaction, every value records held for it. */
export async function removeCustomField(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'delete');
  await db.transaction().execute(async (trx) => {
    const field = await findCustomField(trx, actor.workspaceId, id);
    if (!field) throw notFound('Custom field');
    await deleteCustomField(trx, actor.workspaceId, id);
    const valuesRemoved = await purgeCustomValues(
      trx,
      actor.workspaceId,
      recordTypeOf(field.object).table,
      field.key,
    );
    await recordAudit(trx, actor, ENTITY, id, 'delete', {
      ...diffRecords(field, null),
      valuesRemoved: { before: valuesRemoved, after: 0 },
    });
  });
}
