// Starts bench/lib/collector-process.ts as its own process and waits until it listens.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** A collector process and the URL it listens on. */
export interface CollectorProcess {
  child: ChildProcess;
  url: string;
}

/** Spawns a collector configured by `env`; `nodeArgs` go to Node itself (e.g. `--cpu-prof`). */
export function spawnCollector(env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Promise<CollectorProcess> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', resolve(import.meta.dirname, 'collector-process.ts')],
    {
      env,
    },
  );
  return new Promise((done, fail) => {
    child.stderr?.on('data', (d) => process.stderr.write(d));
    child.stdout?.on('data', (d: Buffer) => {
      const match = /listening (\S+)/.exec(d.toString());
      if (match?.[1]) done({ child, url: match[1] });
    });
    child.once('exit', (code) => fail(new Error(`collector exited with ${code}`)));
  });
}
