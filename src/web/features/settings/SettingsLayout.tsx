import { Grid, NavLink, Paper, Text, Title } from '@mantine/core';
import { IconForms, IconUserCircle } from '@tabler/icons-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can, useSession } from '../../lib/session.js';
import { adminSettingsLinks, type SettingsLink } from '../admin/admin-nav.js';

const PERSONAL: SettingsLink[] = [
  { to: '/settings/profile', labelKey: 'settings.profile', icon: IconUserCircle },
];
const WORKSPACE: SettingsLink[] = [
  { to: '/settings/custom-fields', labelKey: 'settings.customFields', icon: IconForms },
];

/** Settings: a list of sections on the left, the chosen page on the right. */
export function SettingsLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const admin = adminSettingsLinks.filter(
    (link) => !link.permission || can(session, link.permission.module, link.permission.action),
  );

  const section = (title: string, links: SettingsLink[]) =>
    links.length > 0 && (
      <>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="sm" mb={4}>
          {title}
        </Text>
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            // Links are plain strings so that admin pages can add theirs without touching this file.
            to={link.to as '/settings'}
            label={t(link.labelKey)}
            leftSection={<link.icon size={18} stroke={1.6} />}
            active={pathname === link.to}
          />
        ))}
      </>
    );

  return (
    <>
      <Title order={1} size="h2" mb="md">
        {t('settings.title')}
      </Title>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="xs" component="nav" aria-label={t('settings.title')}>
            {section(t('settings.personal'), PERSONAL)}
            {section(t('settings.workspace'), WORKSPACE)}
            {section(t('settings.administration'), admin)}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Outlet />
        </Grid.Col>
      </Grid>
    </>
  );
}
