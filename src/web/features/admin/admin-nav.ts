import type { Icon } from '@tabler/icons-react';

export interface SettingsLink {
  /** A path under /settings, e.g. '/settings/members'. */
  to: string;
  /** Locale key of the link text. */
  labelKey: string;
  icon: Icon;
  /** Shown only when the role grants this (module, action); omit for everyone. */
  permission?: { module: string; action: string };
}

/** Settings navigation entries of the admin pages; SettingsLayout shows them under "Administration". */
export const adminSettingsLinks: SettingsLink[] = [];
