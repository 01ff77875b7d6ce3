// The SQLite writer thread's entry: opens its own connection to the store's file and commits the batches the
// main thread sends, so a commit's fsync (and WAL checkpoints) block this thread instead of the event loop.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { LocalDays } from '../local-days.ts';
import { feedbackWriter } from './sqlite-feedback-writer.ts';
import { SqliteInbox } from './sqlite-inbox.ts';
import type { WriterReply, WriterRequest } from './sqlite-writer-thread.ts';
import { WRITE_PROBE, writeProbeSql } from './write-probe.ts';

/**
 * Rows a move takes at most: enough that each page's index leaf and counter rows are written once for many
 * rows, few enough (a few milliseconds) that the acknowledgements queued behind a move wait little.
 */
const MOVE_ROWS = 250;
/** How long fewer rows than that wait to be moved: the dashboard reads them sooner anyway (`catchUp`). */
const MOVE_AFTER_MS = 50;
/**
 * Most rows left waiting after a move: past it, moves run back to back and the acknowledgements queued behind
 * them wait, so under any load the inbox — and a reader's wait for it (`catch up`) — stays short. Without it,
 * batches of 1,000 arriving back to back outran moves of 250 and the inbox grew without bound.
 */
const MAX_WAITING = 2_000;
/** After a move failed (a full disk), when to try again; the rows stay acknowledged in the inbox. */
const RETRY_AFTER_MS = 1_000;

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
const inbox = new SqliteInbox(db, writer);
const probe = db.prepare(writeProbeSql('?', '?'));

let moveTimer: NodeJS.Timeout | undefined;
let moveNext: NodeJS.Immediate | undefined;

/** Moves one batch now if a full one waits, or a partial one after a short wait; acknowledgements interleave. */
function moveSoon(): void {
  if (moveNext || inbox.waiting === 0) return;
  if (inbox.waiting >= MOVE_ROWS) {
    clearTimeout(moveTimer);
    moveTimer = undefined;
    moveNext = setImmediate(moveOnce);
  } else moveTimer ??= setTimeout(moveOnce, MOVE_AFTER_MS);
}

function moveOnce(): void {
  clearTimeout(moveTimer);
  moveTimer = undefined;
  if (moveNext) clearImmediate(moveNext);
  moveNext = undefined;
  if (inbox.waiting === 0) return;
  try {
    do inbox.move(MOVE_ROWS);
    while (inbox.waiting > MAX_WAITING);
  } catch {
    // Left in the inbox, acknowledged and durable; a reader that needs them is told why (`catchUp`).
    moveTimer = setTimeout(moveOnce, RETRY_AFTER_MS);
    return;
  }
  moveSoon();
}

/** Moves everything waiting, for a reader that must see it. */
function moveAll(): void {
  while (inbox.waiting > 0) inbox.move(MOVE_ROWS);
}

port.on('message', (request: WriterRequest) => {
  if (request.kind === 'close') {
    clearTimeout(moveTimer);
    if (moveNext) clearImmediate(moveNext);
    try {
      moveAll();
    } finally {
      db.close();
      port.close();
    }
    return;
  }
  let reply: WriterReply;
  try {
    if (request.kind === 'probe') {
      probe.run(WRITE_PROBE, request.at);
      reply = { seq: request.seq, results: [] };
    } else if (request.kind === 'catch up') {
      moveAll();
      reply = { seq: request.seq, results: [] };
    } else if (request.records.length >= MOVE_ROWS) {
      // A batch as large as a move gains nothing from the inbox (it already writes each page once for many
      // rows) and would be written twice: straight into feedback, after what waits, so ids stay unique.
      moveAll();
      reply = { seq: request.seq, results: writer.commit(request.records) };
    } else reply = { seq: request.seq, results: inbox.accept(request.records) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { seq: request.seq, error: { message: e.message, code: (e as { code?: unknown }).code } };
  }
  port.postMessage(reply);
  // Messages queued together are all handled before any timer or immediate: past the bound, move now.
  if (inbox.waiting > MAX_WAITING) moveOnce();
  else moveSoon();
});
// What a crash left unmoved.
moveSoon();
