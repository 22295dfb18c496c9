/** Requests started by early-requests.ts before the app ran, by path and query under /api/v1. */
export type EarlyRequests = Record<string, Promise<Response> | undefined>;

declare global {
  interface Window {
    rapportEarlyRequests?: EarlyRequests;
  }
}

/** The query of a list's first page with nothing searched, sorted or filtered (see useRecordList). */
export const EARLY_LIST_QUERY = '?limit=50';

/**
 * The answer to a request early-requests.ts started for this path and query, if any: taken once, so
 * that a later request (a refetch) goes to the server again.
 */
export function takeEarlyResponse(pathAndQuery: string): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const early = window.rapportEarlyRequests;
  const response = early?.[pathAndQuery];
  if (early && response) delete early[pathAndQuery];
  return response;
}
