import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from './errors.js';

/**
 * Input both databases store the same way. PostgreSQL refuses NUL characters in text and lone UTF-16
 * surrogates in jsonb, which SQLite keeps; rejecting both at the edge means the same request gets the
 * same answer on either database, before any query runs.
 */
export function unsafeTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (!text.isWellFormed()) return 'must be valid Unicode text (it holds a lone surrogate)';
  return null;
}

/** Deeper JSON than any resource takes; deeper bodies would exhaust the stack when hashed or copied. */
export const MAX_NESTING = 32;

type PathStyle = 'dots' | 'brackets';

function joinPath(path: string, key: string, style: PathStyle): string {
  if (!path) return key;
  return style === 'dots' ? `${path}.${key}` : `${path}[${key}]`;
}

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  Array.isArray(value) ||
  (typeof value === 'object' &&
    value !== null &&
    (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null));

/**
 * The first field whose key or text is unsafe, or which nests deeper than MAX_NESTING, or null.
 * Walks without recursion, so a hostile depth cannot overflow the stack here either.
 */
export function findUnsafeInput(value: unknown, root: string, style: PathStyle): FieldError | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const reason = unsafeTextReason(current);
      if (reason) return { field: path || 'body', message: reason };
      continue;
    }
    if (!isContainer(current)) continue;
    if (depth >= MAX_NESTING)
      return { field: path || 'body', message: `nests deeper than ${MAX_NESTING} levels` };
    for (const [key, item] of Object.entries(current)) {
      const itemPath = joinPath(path, key, style);
      const reason = unsafeTextReason(key);
      if (reason) return { field: itemPath, message: `has a key that ${reason}` };
      stack.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
  return null;
}

/** Rejects unsafe query strings, path parameters and JSON bodies with a 400 naming the field. */
export function registerInputSafety(app: FastifyInstance) {
  // A callback hook rather than an async one: it runs on every request and waits for nothing.
  app.addHook('preValidation', (request, _reply, done) => {
    const problem =
      findUnsafeInput(request.params, '', 'dots') ??
      findUnsafeInput(request.query, '', 'brackets') ??
      findUnsafeInput(request.body, '', 'dots');
    done(problem ? new AppError('validation', `${problem.field}: ${problem.message}`, [problem]) : undefined);
  });
}
