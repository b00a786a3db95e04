/** A `vite preview` of the build on a free loopback port, for printing posters from it. */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER_TIMEOUT = 30_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Serves `dist` with `vite preview` on a free loopback port until `stop` is called. */
export async function startPreview(dist: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Vite's own script under this Node, not npx: the child's pid is then the server's, and killing it stops it.
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('error', (error) => (output += `${error.message}\n`));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Should this process die without reaching `stop`, the server must not outlive it.
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + SERVER_TIMEOUT;
  try {
    while (true) {
      if (child.exitCode !== null) throw new Error(`vite preview stopped before serving:\n${output}`);
      if (Date.now() > deadline)
        throw new Error(`vite preview did not answer on ${url} within ${SERVER_TIMEOUT / 1000} s:\n${output}`);
      const ok = await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return { url, stop };
      await new Promise((wait) => setTimeout(wait, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
