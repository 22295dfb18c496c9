import { describe, expect, it } from 'vitest';
import { homePath } from '../records/registry.js';
import { can, canOnRecord, seesSensitive } from './session.js';
import type { Session } from './types.js';

const me = '01930000-0000-7000-8000-000000000001';
const teammate = '01930000-0000-7000-8000-000000000002';
const stranger = '01930000-0000-7000-8000-000000000003';

function sessionWith(permissions: Session['permissions']): Session {
  return {
    user: { id: me, email: 'me@example.com', name: 'Me', locale: 'en', timeZone: null, totpEnabled: false },
    workspace: { id: stranger, name: 'W', defaultCurrency: 'EUR', defaultLocale: 'en' },
    role: { key: null },
    permissions,
    teamUserIds: [me, teammate],
    csrfToken: '',
  };
}
const grant = (read: string, update: string, remove = update, create = update) => ({
  create,
  read,
  update,
  delete: remove,
});

describe('what the web app lets a member do, read as the server reads the role', () => {
  it('reaches records by scope: own, team, all; an ownerless record only with all', () => {
    const session = sessionWith({
      people: grant('all', 'own'),
      companies: grant('all', 'team'),
      products: grant('all', 'all'),
    });
    const may = (module: string, owner: string | null) => canOnRecord(session, module, 'update', owner);
    expect([me, teammate, stranger, null].map((owner) => may('people', owner))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([me, teammate, stranger, null].map((owner) => may('companies', owner))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([me, teammate, stranger, null].map((owner) => may('products', owner))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('gives a read-only role nothing to change, and knows no scope it was not sent', () => {
    const session = sessionWith({ people: grant('all', 'none'), notes: { read: 'all', create: 'bogus' } });
    for (const action of ['create', 'update', 'delete'])
      expect(canOnRecord(session, 'people', action, me), action).toBe(false);
    expect(can(session, 'people', 'read')).toBe(true);
    expect(can(session, 'activities', 'create')).toBe(false);
    expect(canOnRecord(session, 'activities', 'create', me)).toBe(false);
    expect(can(session, 'products', 'read')).toBe(false);
  });

  it('shows sensitive fields only to roles that read and change every record of the type', () => {
    expect(seesSensitive(sessionWith({ products: grant('all', 'all') }), 'products')).toBe(true);
    expect(seesSensitive(sessionWith({ products: grant('all', 'team') }), 'products')).toBe(false);
    expect(seesSensitive(sessionWith({ products: grant('own', 'all') }), 'products')).toBe(false);
  });

  it('starts at the first list, in the registry’s order, that the member may read', () => {
    expect(homePath(sessionWith({ people: grant('all', 'none'), products: grant('all', 'none') }))).toBe(
      '/people',
    );
    expect(homePath(sessionWith({ people: grant('none', 'none'), products: grant('team', 'none') }))).toBe(
      '/products',
    );
    expect(homePath(sessionWith({ people: grant('none', 'all') }))).toBe('/settings/profile');
  });

  it('starts at "My day" for members who may read activities', () => {
    expect(homePath(sessionWith({ people: grant('all', 'none'), activities: grant('own', 'own') }))).toBe(
      '/my-day',
    );
  });
});
