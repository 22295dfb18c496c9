/**
 * The address people reach this server at, for links in emails. Taken from PUBLIC_URL and never from
 * the request's Host header: a forged Host would otherwise send a verification link, and its secret,
 * to another site. Without PUBLIC_URL the links point at this machine (`npm start` on port 3000).
 */
export function publicUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`;
  // Relative to the base, so that a PUBLIC_URL with a path (https://example.com/crm) keeps it.
  return new URL(path.replace(/^\/+/, ''), base.endsWith('/') ? base : `${base}/`).toString();
}
