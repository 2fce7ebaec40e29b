// A real Learning Record Store for tests and the bench: Learning Locker's statement service
// (`xapi-statements`, installed in this folder by .ci/run or `npm run lrs:install`, outside the game's
// dependency tree), run in memory on a loopback port of the caller's choosing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const serverScript = `${here}node_modules/xapi-statements/dist/server.js`;

/** Basic credentials the service accepts with AUTH_REPO=test (any key and secret pass). */
export const TEST_LRS_AUTH = `Basic ${Buffer.from('threshold:test').toString('base64')}`;

export interface RunningLrs {
  /** The statements resource's parent, e.g. http://127.0.0.1:8791/xAPI/ */
  endpoint: string;
  auth: string;
  stop: () => Promise<void>;
}

export function lrsInstalled(): boolean {
  return existsSync(serverScript);
}

export async function startLrs(port: number): Promise<RunningLrs> {
  if (!lrsInstalled()) {
    throw new Error(`test LRS not installed: run 'npm ci --prefix test/lrs' (looked for ${serverScript})`);
  }
  // The service writes access logs and attachments to disk even with in-memory models.
  const storageDir = mkdtempSync(join(tmpdir(), 'threshold-lrs-'));
  const child = spawn(process.execPath, [serverScript], {
    cwd: here,
    env: {
      ...process.env,
      EXPRESS_PORT: String(port),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      // The service's request logger writes every statement at info level; keep test output readable.
      WINSTON_CONSOLE_LEVEL: 'error',
      FS_LOCAL_STORAGE_DIR: storageDir,
      EXPRESS_MORGAN_DIRECTORY: join(storageDir, 'accessLogs'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await waitForStatus(child, port);
  } catch (error) {
    rmSync(storageDir, { recursive: true, force: true });
    throw error;
  }
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    auth: TEST_LRS_AUTH,
    stop: async () => {
      await stopChild(child);
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

/** Polls the xAPI About resource (it answers once Express listens), for 30 s at most. */
async function waitForStatus(child: ChildProcess, port: number): Promise<void> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`test LRS exited with code ${child.exitCode}:\n${output.slice(-2000)}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/xAPI/about`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`test LRS did not start on port ${port} within 30 s:\n${output.slice(-2000)}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
  });
}

/** A loopback port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A switchable outage in front of an LRS: a loopback HTTP proxy that forwards while up and drops the
 * connection while down, the way a trainee's laptop sees a lost network. The LRS keeps its data.
 */
export async function startOutageProxy(target: RunningLrs): Promise<{ endpoint: string; setDown: (down: boolean) => void; stop: () => Promise<void> }> {
  const targetUrl = new URL(target.endpoint);
  let down = false;
  const server = createHttpServer((request, response) => {
    if (down) {
      request.socket.destroy();
      return;
    }
    const upstream = httpRequest(
      { host: targetUrl.hostname, port: targetUrl.port, path: request.url, method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${port}${targetUrl.pathname}`,
    setDown: (value) => {
      down = value;
    },
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
