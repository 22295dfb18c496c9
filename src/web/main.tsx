import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './lib/api.js';
import { initialLocaleReady } from './lib/i18n.js';
import { theme } from './lib/theme.js';
import { createAppRouter } from './routes/router.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (not found, forbidden, invalid) will not get better by asking again.
      retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
    },
  },
});

const router = createAppRouter(queryClient);

// The first screen is drawn in the language this browser used last, once its texts are here.
await initialLocaleReady;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
