import { spawn } from 'node:child_process';

/**
 * A TypeScript entry point (a process script of src/server/testing) run through tsx in a Node process
 * of its own, for tests of several nodes. `ready` resolves with the first match of `readyLine` in what
 * the process prints, and fails if it exits first.
 */
export function startNodeProcess(script: string, env: Record<string, string>, readyLine: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = readyLine.exec(output);
      if (match) resolve(match);
    });
    void exited.then((code) =>
      reject(new Error(`${script} exited with ${code} before it was ready: ${output.slice(-2000)}`)),
    );
  });
  return { child, exited, ready, output: () => output };
}
