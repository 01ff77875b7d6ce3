// The SQLite writer thread's entry: opens its own connection to the store's file and commits the batches the
// main thread sends, so a commit's fsync (and WAL checkpoints) block this thread instead of the event loop.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { LocalDays } from '../local-days.ts';
import { feedbackWriter } from './sqlite-feedback-writer.ts';
import type { WriterReply, WriterRequest } from './sqlite-writer-thread.ts';
import { WRITE_PROBE, writeProbeSql } from './write-probe.ts';

const port = parentPort;
if (!port) throw new Error('sqlite-writer-worker.ts runs as a worker thread: start it through WriterThread');
const { path, timeZone } = workerData as { path: string; timeZone: string };
const db = new Database(path);
// The same durability as the main connection: a commit is on disk before it returns.
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
// Page splits and moves here would otherwise leave copies of a comment that retention deleted in freed space.
db.pragma('secure_delete = ON');
// Waiting here holds up no event loop: sit out a long write of the main connection (a retention run) rather
// than fail the batch.
db.pragma('busy_timeout = 60000');
const writer = feedbackWriter(db, new LocalDays(timeZone));
const probe = db.prepare(writeProbeSql('?', '?'));

port.on('message', (request: WriterRequest) => {
  if (request.kind === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    if (request.kind === 'probe') {
      probe.run(WRITE_PROBE, request.at);
      reply = { seq: request.seq, results: [] };
    } else reply = { seq: request.seq, results: writer.commit(request.records) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { seq: request.seq, error: { message: e.message, code: (e as { code?: unknown }).code } };
  }
  port.postMessage(reply);
});
