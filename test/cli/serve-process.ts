// Runs `quotetrace serve|demo` from the built CLI and waits for the URL it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export type Finished = { code: number | null; stdout: string; stderr: string };
export type Running = { child: ChildProcess; url: Promise<string>; finished: Promise<Finished>; output: () => string };

export function startCli(args: string[]): Running {
  const child = spawn(process.execPath, ['bin/quotetrace.js', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let found: (url: string) => void = () => {};
  let failed: (e: Error) => void = () => {};
  const url = new Promise<string>((resolve, reject) => { found = resolve; failed = reject; });
  url.catch(() => {}); // a run expected to fail never prints a URL; only awaiting callers see the rejection
  child.stdout!.on('data', (d) => {
    stdout += d;
    const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
    if (m) found(m[1]!);
  });
  child.stderr!.on('data', (d) => { stderr += d; });
  const finished = new Promise<Finished>((resolve) => child.on('close', (code) => {
    failed(new Error(`exited with ${code} before printing a URL: ${stderr}`));
    resolve({ code, stdout, stderr });
  }));
  return { child, url, finished, output: () => stdout + stderr };
}
