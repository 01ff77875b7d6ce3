import { type IDBPDatabase, openDB } from 'idb';
import type { FeedbackSubmission } from '../../contract/feedback.ts';

/** A submission waiting to be acknowledged by the collector, and where it goes. */
export interface OutboxItem {
  endpoint: string;
  submission: FeedbackSubmission;
}

/** Where waiting submissions are kept: IndexedDB, or memory where IndexedDB is unavailable. */
export interface Outbox {
  /** False while some item lives only in memory and would be lost with the page. */
  readonly durable: boolean;
  put(item: OutboxItem): Promise<void>;
  /** Waiting items, oldest first, so a changed answer reaches the collector after the one it replaces. */
  all(): Promise<OutboxItem[]>;
  delete(id: string): Promise<void>;
}

const DB_NAME = 'heard';
const STORE = 'outbox';

const oldestFirst = (items: OutboxItem[]) =>
  items.sort((a, b) => a.submission.createdAt.localeCompare(b.submission.createdAt));

/** Used in private browsing or when storage fails: the page keeps submissions until it closes. */
export class MemoryOutbox implements Outbox {
  private readonly items = new Map<string, OutboxItem>();
  get durable() {
    return this.items.size === 0;
  }
  async put(item: OutboxItem) {
    this.items.set(item.submission.id, item);
  }
  async all() {
    return oldestFirst([...this.items.values()]);
  }
  async delete(id: string) {
    this.items.delete(id);
  }
}

/** IndexedDB, with memory for the items a full quota or a broken database refuses. */
class IndexedDbOutbox implements Outbox {
  private readonly overflow = new MemoryOutbox();
  constructor(private readonly db: IDBPDatabase) {}
  get durable() {
    return this.overflow.durable;
  }
  async put(item: OutboxItem) {
    try {
      await this.db.put(STORE, item, item.submission.id);
    } catch {
      await this.overflow.put(item);
    }
  }
  async all() {
    const stored = await (this.db.getAll(STORE) as Promise<OutboxItem[]>).catch(() => []);
    return oldestFirst([...stored, ...(await this.overflow.all())]);
  }
  async delete(id: string) {
    await this.overflow.delete(id);
    await this.db.delete(STORE, id).catch(() => undefined);
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
