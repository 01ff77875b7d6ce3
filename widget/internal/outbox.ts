import { type IDBPDatabase, openDB } from 'idb';
import type { FeedbackSubmission } from '../../contract/feedback.ts';

/** A submission waiting to be acknowledged by the collector, and where it goes. */
export interface OutboxItem {
  endpoint: string;
  submission: FeedbackSubmission;
}

/** Where waiting submissions are kept: IndexedDB, or memory where IndexedDB is unavailable. */
export interface Outbox {
  put(item: OutboxItem): Promise<void>;
  all(): Promise<OutboxItem[]>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'heard';
const STORE = 'outbox';

class IndexedDbOutbox implements Outbox {
  constructor(private readonly db: IDBPDatabase) {}
  async put(item: OutboxItem) {
    await this.db.put(STORE, item, item.submission.id);
  }
  async all() {
    return (await this.db.getAll(STORE)) as OutboxItem[];
  }
  async delete(id: string) {
    await this.db.delete(STORE, id);
  }
}

/** Used in private browsing or when storage fails: the page keeps submissions until it closes. */
export class MemoryOutbox implements Outbox {
  private readonly items = new Map<string, OutboxItem>();
  async put(item: OutboxItem) {
    this.items.set(item.submission.id, item);
  }
  async all() {
    return [...this.items.values()];
  }
  async delete(id: string) {
    this.items.delete(id);
  }
}

let opened: Promise<Outbox> | undefined;

/** The page's outbox: IndexedDB when it opens, memory otherwise. Opened once per page. */
export function openOutbox(): Promise<Outbox> {
  opened ??= openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  })
    .then((db): Outbox => new IndexedDbOutbox(db))
    .catch((): Outbox => new MemoryOutbox());
  return opened;
}
