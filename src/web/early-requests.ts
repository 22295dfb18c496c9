/**
 * Runs before the app's own script has arrived: starts what a signed-in first screen waits on (its
 * language's texts, the session, and a list opened by its bare address), so that the answers are
 * there when the app asks for them (`takeEarlyResponse` in lib/api.ts). It imports only the lists of
 * paths and languages, so it is a few kilobytes of script that the page runs at once.
 */
import { API_RECORD_PATHS } from './lib/api-types.generated.js';
import { EARLY_LIST_QUERY, type EarlyRequests } from './lib/early.js';
import { initialLocale, LOCALE_TEXTS } from './lib/locale-texts.js';

// The texts of the language the first screen is drawn in (lib/i18n.ts gets the same module).
LOCALE_TEXTS[initialLocale()]().catch(() => undefined);

const early: EarlyRequests = {};
const get = (path: string) => {
  early[path] = fetch(`/api/v1${path}`, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
  });
};
get('/auth/session');
const listPath = location.pathname.replace(/\/$/, '');
// A list's first page as the list asks for it when its address holds nothing else.
if (location.search === '' && (Object.values(API_RECORD_PATHS) as string[]).includes(listPath))
  get(`${listPath}${EARLY_LIST_QUERY}`);
window.rapportEarlyRequests = early;
