import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export interface RunningWebHost {
  /** The URL to open, with the token. */
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** Starts `npm run web`'s entry on a free port with `dataDir`; resolves once it prints `ready`. */
export function startWebHost(dataDir: string, token = 'e2e-token'): Promise<RunningWebHost> {
  const child: ChildProcess = spawn(
    join(root, 'node_modules/.bin/tsx'),
    ['electron/backend/web/start.ts', '--port', '0', '--data-dir', dataDir],
    { cwd: root, env: { ...process.env, NEUVONPITO_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)?.[1];
      if (url && /^ready$/m.test(output)) {
        clearTimeout(timer);
        resolvePromise({
          url,
          origin: new URL(url).origin,
          token,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
}
