import {
  IconAdjustments,
  IconClockPlay,
  IconCurrencyEuro,
  IconHistory,
  IconInbox,
  IconKey,
  IconMail,
  IconShieldLock,
  IconTags,
  IconTargetArrow,
  IconUsers,
  IconUsersGroup,
  IconWebhook,
  type Icon,
} from '@tabler/icons-react';

export interface SettingsLink {
  /** A path under /settings, e.g. '/settings/members'. */
  to: string;
  /** Locale key of the link text. */
  labelKey: string;
  icon: Icon;
  /** Shown only when the role grants this (module, action); omit for everyone. */
  permission?: { module: string; action: string };
}

const ADMIN = { module: 'admin', action: 'read' };

/** Settings navigation entries of the admin pages; SettingsLayout shows them under "Administration". */
export const adminSettingsLinks: SettingsLink[] = [
  { to: '/settings/workspace', labelKey: 'admin.nav.workspace', icon: IconAdjustments, permission: ADMIN },
  { to: '/settings/members', labelKey: 'admin.nav.members', icon: IconUsers, permission: ADMIN },
  { to: '/settings/teams', labelKey: 'admin.nav.teams', icon: IconUsersGroup, permission: ADMIN },
  { to: '/settings/roles', labelKey: 'admin.nav.roles', icon: IconShieldLock, permission: ADMIN },
  { to: '/settings/api-keys', labelKey: 'admin.nav.apiKeys', icon: IconKey, permission: ADMIN },
  { to: '/settings/tags', labelKey: 'admin.nav.tags', icon: IconTags, permission: ADMIN },
  {
    to: '/settings/pipelines',
    labelKey: 'pipelines.title',
    icon: IconTargetArrow,
    permission: { module: 'pipelines', action: 'read' },
  },
  {
    to: '/settings/exchange-rates',
    labelKey: 'exchangeRates.title',
    icon: IconCurrencyEuro,
    permission: ADMIN,
  },
  {
    to: '/settings/audit-log',
    labelKey: 'admin.nav.auditLog',
    icon: IconHistory,
    permission: { module: 'audit', action: 'read' },
  },
  { to: '/settings/jobs', labelKey: 'admin.nav.jobs', icon: IconClockPlay, permission: ADMIN },
  { to: '/settings/webhooks', labelKey: 'admin.nav.webhooks', icon: IconWebhook, permission: ADMIN },
  { to: '/settings/email', labelKey: 'admin.nav.email', icon: IconMail, permission: ADMIN },
  { to: '/settings/mailboxes', labelKey: 'admin.nav.mailboxes', icon: IconInbox, permission: ADMIN },
];
