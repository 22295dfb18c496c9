import { describe, expect, it } from 'vitest';
import { ACTIONS, MODULES } from './admin-types.js';
import {
  completePermissions,
  emptyPermissions,
  permissionChanges,
  scopesFor,
  withScope,
} from './permissions.js';

describe('permission matrix helpers', () => {
  it('starts a new role with nothing allowed in every module and action', () => {
    const matrix = emptyPermissions();
    expect(Object.keys(matrix)).toEqual([...MODULES]);
    for (const module of MODULES) for (const action of ACTIONS) expect(matrix[module][action]).toBe('none');
  });

  it('fills gaps and drops unknown scopes in a stored matrix', () => {
    const matrix = completePermissions({
      people: { read: 'all', update: 'bogus' },
      unknown: { read: 'all' },
    });
    expect(matrix.people).toEqual({ create: 'none', read: 'all', update: 'none', delete: 'none' });
    expect(matrix.audit.read).toBe('none');
    expect('unknown' in matrix).toBe(false);
  });

  it('offers only none and all for modules without record owners', () => {
    expect(scopesFor('admin')).toEqual(['none', 'all']);
    expect(scopesFor('audit')).toEqual(['none', 'all']);
    expect(scopesFor('people')).toEqual(['none', 'own', 'team', 'all']);
  });

  it('changes one cell without touching the original', () => {
    const before = emptyPermissions();
    const after = withScope(before, 'activities', 'update', 'team');
    expect(after.activities.update).toBe('team');
    expect(before.activities.update).toBe('none');
    expect(after.people).toBe(before.people);
  });

  it('lists the changed cells in table order', () => {
    const before = withScope(emptyPermissions(), 'companies', 'read', 'own');
    const after = withScope(
      withScope(emptyPermissions(), 'people', 'delete', 'all'),
      'companies',
      'read',
      'all',
    );
    expect(permissionChanges(before, after)).toEqual([
      { module: 'people', action: 'delete', before: 'none', after: 'all' },
      { module: 'companies', action: 'read', before: 'own', after: 'all' },
    ]);
    expect(permissionChanges(null, emptyPermissions())).toEqual([]);
  });
});
