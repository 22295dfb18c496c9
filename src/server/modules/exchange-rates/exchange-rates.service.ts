import type { Db } from '../../db/database.js';
import { invalid, notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { isCurrencyCode } from '../../lib/money.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { recordAudit } from '../audit/audit.writer.js';
import { findWorkspace, lockWorkspace } from '../workspaces/workspaces.repository.js';
import { parseRate } from './currency-conversion.js';
import { findRates, replaceRates } from './exchange-rates.repository.js';
import type { ExchangeRatesBody } from './exchange-rates.schemas.js';

/**
 * Exchange rates are workspace settings: everyone signed in reads them (board totals and reports show
 * converted amounts), admins set them.
 */

async function workspaceCurrency(db: Db, workspaceId: string) {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  return workspace.default_currency;
}

export async function getExchangeRates(db: Db, actor: Actor) {
  return {
    currency: await workspaceCurrency(db, actor.workspaceId),
    data: await findRates(db, actor.workspaceId),
  };
}

export async function setExchangeRates(db: Db, actor: Actor, body: ExchangeRatesBody) {
  authorize(actor, 'admin', 'update');
  const seen = new Set<string>();
  body.rates.forEach(({ currency, rate }, i) => {
    if (!isCurrencyCode(currency)) throw invalid(`rates.${i}.currency`, 'is not an ISO 4217 currency');
    if (seen.has(currency)) throw invalid(`rates.${i}.currency`, 'is listed twice');
    if (!parseRate(rate)) throw invalid(`rates.${i}.rate`, 'must be above 0');
    seen.add(currency);
  });
  await db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, actor.workspaceId);
    const before = await findRates(trx, actor.workspaceId);
    await replaceRates(trx, actor.workspaceId, body.rates, nowIso());
    await recordAudit(trx, actor, 'exchange_rates', actor.workspaceId, 'update', {
      rates: { before: before.map(({ currency, rate }) => ({ currency, rate })), after: body.rates },
    });
  });
  return getExchangeRates(db, actor);
}
