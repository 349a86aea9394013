import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { start, type Running } from '../index';

/**
 * Runs the bot in local mode with the Microsoft 365 Agents Playground (a local
 * Teams-like web client with its own mock connector) pointed at it, so content
 * owners and trainers can try the bot without a Teams tenant.
 */
export interface Playground {
  url: string;
  bot: Running;
  close(): Promise<void>;
}

export interface PlaygroundOptions {
  /** Environment for the bot; any MicrosoftAppId is dropped (local mode). */
  env: NodeJS.ProcessEnv;
  botPort?: number;
  playgroundPort?: number;
  /** The Playground writes a log; a real file, never a device. */
  logFile?: string;
}

const ROOT = resolve(__dirname, '..', '..');

function playgroundCli(): string {
  return require.resolve('@microsoft/m365agentsplayground/cli.js', { paths: [ROOT] });
}

async function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('the Playground did not start within 30 s')), 30_000);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const port = /Listening on (\d+)/.exec(seen)?.[1];
      if (port) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolvePromise(`http://localhost:${port}`);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Playground exited with code ${code ?? 'null'}`));
    });
  });
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  // Local mode: the Playground's mock connector issues no Bot Framework tokens.
  const env = Object.fromEntries(Object.entries(options.env).filter(([k]) => !k.startsWith('MicrosoftApp')));
  const bot = await start({ ...env, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: String(options.botPort ?? 3978) });
  const logFile = options.logFile ?? join(ROOT, 'build', 'playground.log');
  mkdirSync(join(logFile, '..'), { recursive: true });
  const child = spawn(
    process.execPath,
    [playgroundCli(), '-e', `${bot.url}/api/messages`, '-c', 'msteams', '--disable-telemetry', '-p', String(options.playgroundPort ?? 56150)],
    {
      cwd: ROOT,
      // Without TEAMSAPPTESTER_BROWSER=none it tries to open a browser and dies on a headless machine.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ROOT, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: logFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const url = await waitForListening(child);
    return {
      url,
      bot,
      close: async () => {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
        await bot.close();
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    await bot.close();
    throw err;
  }
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('dotenv').config({ quiet: true });
  startPlayground({ env: process.env, botPort: Number(process.env.PORT ?? 3978) }).then(
    (p) => {
      process.stdout.write(`\nAgents Playground: ${p.url}\nBot (local mode): ${p.bot.url}/api/messages\nPress Ctrl+C to stop.\n`);
      const stop = () => void p.close().then(() => process.exit(0), () => process.exit(1));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err: unknown) => {
      process.stderr.write(`playground failed to start: ${err instanceof Error ? err.message : 'error'}\n`);
      process.exit(1);
    },
  );
}
