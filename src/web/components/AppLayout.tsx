import { AppShell, Burger, Group, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconCalendarCheck,
  IconChartBar,
  IconChartDots,
  IconSettings,
  IconStarFilled,
} from '@tabler/icons-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLiveUpdates } from '../lib/realtime.js';
import { useReminders } from '../features/activities/use-reminders.js';
import { useFavourites } from '../lib/remembered-records.js';
import { can, useSession } from '../lib/session.js';
import type { Session } from '../lib/types.js';
import { findRecordType, RECORD_TYPES } from '../records/registry.js';
import { CommandBar, SearchButton, useCommandBarHotkey } from './CommandBar.js';
import { ShortcutsHelp, useAppShortcuts } from './KeyboardShortcuts.js';
import { RouterNavLink } from './links.js';
import { UserMenu } from './UserMenu.js';

/** My day, the list of every record type the member may read in the registry's order, reports, the settings. */
function navigation(session: Session) {
  return [
    ...(can(session, 'activities', 'read')
      ? [{ to: '/my-day' as const, label: 'myDay.title', icon: IconCalendarCheck }]
      : []),
    ...RECORD_TYPES.filter((type) => can(session, type.module, 'read')).flatMap((type) => [
      { to: type.routePath, label: type.text('title'), icon: type.listIcon },
      // Links are plain strings in declarations; the router knows them all.
      ...(type.navigation ?? []).map((link) => ({
        to: link.to as '/settings',
        label: link.labelKey,
        icon: link.icon,
      })),
    ]),
    ...(can(session, 'views', 'read')
      ? [{ to: '/reports' as const, label: 'reports.title', icon: IconChartBar }]
      : []),
    ...(session.permissions.orders?.read === 'all'
      ? [{ to: '/customer-value/clv' as '/reports', label: 'customerValue.title', icon: IconChartDots }]
      : []),
    { to: '/settings' as const, label: 'nav.settings', icon: IconSettings },
  ];
}

/** The records the user starred, under the navigation; each opens its record's page. */
function Favourites({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const { favourites } = useFavourites();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const links = favourites.flatMap((record) => {
    const type = findRecordType(record.entity);
    return type ? [{ record, type }] : [];
  });
  return (
    <nav aria-label={t('favourites.title')}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mt="md" mb={4}>
        <IconStarFilled size={11} style={{ marginRight: 4 }} aria-hidden />
        {t('favourites.title')}
      </Text>
      {links.length === 0 ? (
        <Text size="xs" c="dimmed" px="sm">
          {t('favourites.empty')}
        </Text>
      ) : (
        links.map(({ record, type }) => (
          <RouterNavLink
            key={record.id}
            {...type.link(record.id)}
            label={record.title}
            leftSection={<type.icon size={16} stroke={1.6} />}
            active={pathname.endsWith(`/${record.id}`)}
            onClick={onOpen}
          />
        ))
      )}
    </nav>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const [navOpened, nav] = useDisclosure();
  const [searchOpened, search] = useDisclosure();
  const [helpOpened, help] = useDisclosure();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useCommandBarHotkey(search.open);
  useAppShortcuts({ openHelp: help.open, openCommandBar: search.open });
  useLiveUpdates();
  useReminders();
  const items = navigation(session);
  // The longest address the page is under: on /deals/board, the board rather than the deals list.
  const activeItem = items
    .map((item) => item.to as string)
    .filter((to) => pathname === to || pathname.startsWith(`${to}/`))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <UnstyledButton component={Link} to="/">
              <Text fw={750} size="lg" c="indigo.7">
                {t('app.name')}
              </Text>
            </UnstyledButton>
            <Text c="dimmed" size="sm" visibleFrom="sm" truncate maw={220}>
              {session.workspace.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchButton onClick={search.open} />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')}>
        <ScrollArea>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.label)}
              leftSection={<item.icon size={18} stroke={1.6} />}
              active={item.to === activeItem}
              // The link itself would also mark /deals as the page on /deals/board (aria-current).
              activeOptions={{ exact: true }}
              onClick={nav.close}
            />
          ))}
          <Favourites onOpen={nav.close} />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <CommandBar opened={searchOpened} onClose={search.close} openHelp={help.open} />
      <ShortcutsHelp opened={helpOpened} onClose={help.close} />
    </AppShell>
  );
}
