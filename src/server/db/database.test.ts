import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDialects } from '../testing/test-database.js';
import { uniqueViolationField, type Db } from './database.js';

describe.each(testDialects())('database errors on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(dialect));
    await sql`create table pets (workspace_id text not null, pet_name text not null, unique (workspace_id, pet_name))`.execute(
      db,
    );
  });
  afterAll(async () => close());

  const failure = async (statement: ReturnType<typeof sql>) => {
    try {
      await statement.execute(db);
    } catch (error) {
      return error;
    }
    throw new Error('the statement did not fail');
  };

  it('names the field of a unique violation, and nothing else', async () => {
    await sql`insert into pets values ('w1', 'Rex')`.execute(db);
    expect(uniqueViolationField(await failure(sql`insert into pets values ('w1', 'Rex')`))).toBe('petName');
    expect(uniqueViolationField(await failure(sql`insert into pets values ('w1', null)`))).toBeNull();
    expect(uniqueViolationField(await failure(sql`select * from no_such_table`))).toBeNull();
    expect(uniqueViolationField(new Error('UNIQUE constraint failed: pets.pet_name'))).toBeNull();
    expect(uniqueViolationField(null)).toBeNull();
  });
});
