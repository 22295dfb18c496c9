import { describe, expect, it } from 'vitest';
import { MODULES } from './admin-types.js';
import { capToHolder, cellWithin, roleWithin, type Holder } from './grants.js';
import { completePermissions, emptyPermissions, withScope } from './permissions.js';

const everything = completePermissions(
  Object.fromEntries(
    MODULES.map((module) => [module, { create: 'all', read: 'all', update: 'all', delete: 'all' }]),
  ),
);
const owner: Holder = { key: 'owner', permissions: everything };
const admin: Holder = { key: 'admin', permissions: everything };
const seller: Holder = {
  key: null,
  permissions: withScope(withScope(emptyPermissions(), 'people', 'read', 'team'), 'admin', 'create', 'all'),
};

describe('what the signed-in person may hand out', () => {
  it('offers the owner role only to owners, though an admin holds the same matrix', () => {
    expect(roleWithin({ key: 'owner', permissions: everything }, admin)).toBe(false);
    expect(roleWithin({ key: 'owner', permissions: everything }, owner)).toBe(true);
    expect(roleWithin({ key: 'admin', permissions: everything }, admin)).toBe(true);
  });

  it('offers a role only when no cell reaches further than the holder', () => {
    const readsTeam = withScope(emptyPermissions(), 'people', 'read', 'team');
    expect(roleWithin({ key: null, permissions: readsTeam }, seller)).toBe(true);
    expect(
      roleWithin({ key: null, permissions: withScope(readsTeam, 'people', 'read', 'all') }, seller),
    ).toBe(false);
    expect(
      roleWithin({ key: 'viewer', permissions: withScope(readsTeam, 'views', 'read', 'all') }, seller),
    ).toBe(false);
  });

  it('disables matrix choices above the holder and lowers a copied role to them', () => {
    expect(cellWithin(seller, 'people', 'read', 'own')).toBe(true);
    expect(cellWithin(seller, 'people', 'read', 'all')).toBe(false);
    const capped = capToHolder(everything, seller);
    expect(capped).toEqual(seller.permissions);
    expect(everything.people.read).toBe('all');
  });
});
