import type * as z from 'zod/mini';
import type { FeedbackSubmission, PublishedResponseSchema } from '../../contract/feedback.ts';
import type { LocalDays } from '../local-days.ts';
import type { AdminStore } from './admin-store.ts';

/** A site an agency registered: where feedback may come from and how it is shown. */
export interface Site {
  id: string;
  name: string;
  /** Origins allowed to post feedback, e.g. `https://www.gov.kz`. */
  origins: string[];
  /** Fewest votes before a page's share of useful votes is shown publicly. */
  minVotes: number;
  /** Days after which comments are deleted; null keeps them. */
  retentionDays: number | null;
}

/** Feedback as stored: the submission after validation and scrubbing, plus what the server adds. */
export interface FeedbackRecord extends FeedbackSubmission {
  receivedAt: string;
  spam: boolean;
}

/** What the public summary of a page needs. */
export interface PageTotals {
  votes: number;
  yes: number;
  responses: z.infer<typeof PublishedResponseSchema>[];
}

/** A response the agency publishes on a page ("you said, we did"). */
export interface NewResponse {
  id: string;
  site: string;
  page: string;
  language: 'kk' | 'ru' | 'en';
  text: string;
  publishedAt: string;
}

/** The result of storing one submission. */
export type StoreResult = 'accepted' | 'duplicate';

/**
 * Storage behind one small interface, with two implementations (SQLite embedded, PostgreSQL) that pass
 * the same test suite. `addFeedback` resolves only after the row is durably committed.
 */
export interface FeedbackStore {
  readonly kind: 'sqlite' | 'postgres';
  /** The calendar of the counters (HEARD_TIME_ZONE): the days of every range and every count are its days. */
  readonly days: LocalDays;
  /** Resolves when the database answers a trivial query (`/healthz`); rejects with why it did not. */
  ping(): Promise<void>;
  /**
   * Whether the last attempt to commit submissions failed for a reason of the database's own (full,
   * read-only, unreachable), not because of a submission it holds, and nothing has committed since. False
   * at open: opening the store wrote to its database.
   */
  readonly writesFailing: boolean;
  /**
   * Commits a tiny durable transaction that no citizen sees (the `write_probe` row of `heard_settings`);
   * resolves once it committed, which clears `writesFailing`, and rejects with why it did not.
   */
  probeWrite(): Promise<void>;
  addFeedback(record: FeedbackRecord): Promise<StoreResult>;
  countFeedback(site?: string): Promise<number>;
  hasFeedback(id: string): Promise<boolean>;
  /** The stored comment of a submission (after scrubbing), or null when it has none or it was deleted. */
  commentOf(id: string): Promise<string | null>;
  /** Deletes the comments of a site's feedback received before `before` (ISO time); returns how many. */
  deleteCommentsBefore(site: string, before: string): Promise<number>;
  upsertSite(site: Site): Promise<void>;
  getSite(id: string): Promise<Site | undefined>;
  listSites(): Promise<Site[]>;
  pageTotals(site: string, page: string): Promise<PageTotals>;
  publishResponse(response: NewResponse): Promise<void>;
  /** Finishes pending writes and closes the database. */
  close(): Promise<void>;
}

/** Everything the collector and the dashboard need from storage; both stores implement it. */
export type HeardStore = FeedbackStore & AdminStore;
