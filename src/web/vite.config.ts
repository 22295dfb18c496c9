import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.RAPPORT_API_URL ?? 'http://localhost:3001';
const EARLY_ENTRY = 'early-requests';

/**
 * early-requests.ts is an entry of its own, put first in the page: bundled with the app it would wait
 * for the app's whole script before starting the first screen's requests.
 */
function earlyRequestsScript(): Plugin {
  return {
    name: 'rapport-early-requests',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === EARLY_ENTRY,
        );
        const src = chunk ? `/${chunk.fileName}` : `/${EARLY_ENTRY}.ts`;
        return [{ tag: 'script', attrs: { type: 'module', src }, injectTo: 'head-prepend' }];
      },
    },
  };
}

/**
 * Libraries the first screen uses, in chunks of their own: they change less often than the app, and
 * load in parallel. Only what the first screen imports (`$initial`): parts that only later pages use
 * (Mantine's number input, the board's dragging) stay in those pages' chunks, so that the first
 * screen does not wait for them. @mantine/dates and dayjs stay with the date picker, a chunk fetched
 * when a date is edited.
 */
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](core|hooks|notifications)|@floating-ui)[\\/]/ },
  { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: 'icons', test: /node_modules[\\/]@tabler[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
].map((group) => ({ ...group, tags: ['$initial' as const] }));

export default defineConfig({
  root,
  plugins: [react(), earlyRequestsScript()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        [EARLY_ENTRY]: fileURLToPath(new URL(`${EARLY_ENTRY}.ts`, import.meta.url)),
      },
      output: { codeSplitting: { groups: vendorChunks } },
    },
  },
  server: {
    port: 3000,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget },
    },
  },
});
