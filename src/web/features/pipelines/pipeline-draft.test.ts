import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf, emptyStage, moveStage } from './pipeline-draft.js';

describe('pipeline drafts', () => {
  it('moves a stage within the list and never out of it', () => {
    const stages = [emptyStage(1), emptyStage(2), emptyStage(3)];
    expect(moveStage(stages, 0, 1).map((s) => s.probability)).toEqual([2, 1, 3]);
    expect(moveStage(stages, 2, -2).map((s) => s.probability)).toEqual([3, 1, 2]);
    expect(moveStage(stages, 0, -1)).toBe(stages);
    expect(moveStage(stages, 2, 1)).toBe(stages);
  });

  it('keeps existing stages by id and sends empty rotting days as never', () => {
    const draft = draftOf({
      id: '0192f0c0-0000-7000-8000-000000000001',
      name: 'Sales',
      position: 0,
      version: 1,
      createdAt: '',
      updatedAt: '',
      stages: [
        {
          id: '0192f0c0-0000-7000-8000-000000000002',
          name: 'Lead',
          probability: 10,
          rottingDays: null,
          requiredFields: [],
        },
      ],
    });
    draft.stages.push({ ...emptyStage(50), name: ' Won ', rottingDays: 7 });
    expect(bodyOf(draft)).toEqual({
      name: 'Sales',
      stages: [
        {
          id: '0192f0c0-0000-7000-8000-000000000002',
          name: 'Lead',
          probability: 10,
          rottingDays: null,
          requiredFields: [],
        },
        { name: 'Won', probability: 50, rottingDays: 7, requiredFields: [] },
      ],
    });
  });
});
