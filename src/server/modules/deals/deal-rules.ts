import { invalid } from '../../lib/errors.js';
import type { RecordValues } from '../../records/record-type.js';

/**
 * A deal's rules that need no database: what a stage requires before a deal enters it, a lost deal's
 * reason, and the times that follow from a change (when it entered its stage, when it closed).
 */

export interface StageRules {
  name: string;
  requiredFields: readonly string[];
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export function settleDeal(
  record: RecordValues,
  before: RecordValues | null,
  stage: StageRules,
  now: string,
): RecordValues {
  const entersStage = !before || before.stageId !== record.stageId;
  if (entersStage)
    for (const field of stage.requiredFields)
      if (isEmpty(record[field])) throw invalid(field, `is required to enter the stage "${stage.name}"`);
  const lost = record.status === 'lost';
  if (lost && isEmpty(record.lostReason)) throw invalid('lostReason', 'is required when a deal is lost');
  const statusChanged = !before || before.status !== record.status;
  return {
    ...record,
    // A reason belongs to a lost deal only: reopening or winning it clears the reason.
    lostReason: lost ? record.lostReason : null,
    stageEnteredAt: entersStage ? now : before.stageEnteredAt,
    closedAt: statusChanged ? (record.status === 'open' ? null : now) : before.closedAt,
  };
}

/** The event actions a saved deal publishes beyond created/updated. */
export function dealEventActions(record: RecordValues, before: RecordValues | null): string[] {
  const actions: string[] = [];
  if (before && before.stageId !== record.stageId) actions.push('stage_changed');
  if (before?.status !== record.status && record.status !== 'open') actions.push(record.status as string);
  return actions;
}
