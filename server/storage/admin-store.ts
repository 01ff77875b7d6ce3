import type * as z from 'zod/mini';
import type { ExportRow, FeedbackItem, FeedbackStatus, Role, SiteAccess } from '../../contract/admin.ts';
import type { ReasonSchema } from '../../contract/feedback.ts';

type Reason = z.infer<typeof ReasonSchema>;

/** An account as stored: never the password, only its scrypt hash with the parameters that made it. */
export interface AccountRecord {
  username: string;
  role: Role;
  sites: SiteAccess;
  passwordHash: string;
  mustChangePassword: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** What an account update may change. */
export type AccountChanges = Partial<
  Pick<AccountRecord, 'role' | 'sites' | 'passwordHash' | 'mustChangePassword'>
>;

/** A session as stored: the SHA-256 of the cookie's token, never the token. */
export interface SessionRecord {
  tokenHash: string;
  username: string;
  createdAt: string;
  lastSeenAt: string;
}

/** Which counters to add up: a site, days `from`–`to` (inclusive), optionally one language and one page. */
export interface CounterQuery {
  site: string;
  from: string;
  to: string;
  language?: 'kk' | 'ru' | 'en' | undefined;
  page?: string | undefined;
  /** First day of the trend's "last 7 days" window and of the 7 days before it. */
  last7From: string;
  previous7From: string;
}

/** A page's counters summed over a range, straight from `page_day`. */
export interface PageAggregate {
  page: string;
  votes: number;
  yes: number;
  claritySum: number;
  clarityCount: number;
  gradeSum: number;
  gradeCount: number;
  comments: number;
  votesLast7: number;
  yesLast7: number;
  votesPrevious7: number;
  yesPrevious7: number;
  reasons: Record<Reason, number>;
}

/** Filters of the feedback list and the export; `after` is the keyset position (newest first for lists). */
export interface FeedbackFilter {
  site: string;
  from: string;
  to: string;
  language?: 'kk' | 'ru' | 'en' | undefined;
  page?: string | undefined;
  status?: FeedbackStatus | undefined;
  vote?: 'yes' | 'no' | undefined;
  /**
   * Without a status, whether hidden rows are read too: the export reads them (their votes count, so its
   * rows add up to the pages table), the feedback list leaves them out unless `status` is `hidden`.
   */
  includeHidden?: boolean | undefined;
}

/** A keyset position: the last row's received time and id. */
export interface Keyset {
  receivedAt: string;
  id: string;
}

/** A feedback item with where it belongs (for the access check). */
export interface StoredFeedbackItem extends FeedbackItem {
  site: string;
  page: string;
}

/** A moderation change to apply. */
export interface Moderation {
  status?: FeedbackStatus | undefined;
  tags?: string[] | undefined;
}

/** A page's responsiveness state: when its oldest unanswered negative feedback arrived, and past waits. */
export interface PageResponsiveness {
  page: string;
  pendingSince: string | null;
  /** Seconds each answering response waited, in any order. */
  waits: number[];
}

/** Which negative feedback the site-wide response time is measured over: days `from`–`to`, inclusive. */
export interface ResponseTimesQuery {
  site: string;
  from: string;
  to: string;
  language?: 'kk' | 'ru' | 'en' | undefined;
}

/**
 * Storage for the dashboard, implemented by both stores and tested by one suite. Every aggregate reads the
 * counter tables kept in the insert transaction; only lists and exports read `feedback`, by index, in pages.
 */
export interface AdminStore {
  countAccounts(): Promise<number>;
  /** Creates an account; false when the username is taken. */
  createAccount(account: AccountRecord): Promise<boolean>;
  getAccount(username: string): Promise<AccountRecord | undefined>;
  listAccounts(): Promise<AccountRecord[]>;
  /** False when there is no such account. */
  updateAccount(username: string, changes: AccountChanges): Promise<boolean>;
  /** Deletes the account and its sessions; false when there is none. */
  deleteAccount(username: string): Promise<boolean>;
  recordLogin(username: string, at: string): Promise<void>;

  createSession(session: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | undefined>;
  touchSession(tokenHash: string, at: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Signs an account out everywhere, except the session given (the one changing its password). */
  deleteSessionsOf(username: string, except?: string): Promise<void>;
  /** Deletes sessions last seen before `idleBefore` or created before `createdBefore`. */
  deleteExpiredSessions(idleBefore: string, createdBefore: string): Promise<number>;

  /** Per-page sums over the range (plus the trend windows); pages without counted votes are left out. */
  pageAggregates(query: CounterQuery): Promise<PageAggregate[]>;
  /** Votes per page and language over days `from`–`to`, for the pages named (a table's shown rows). */
  languageVotes(query: {
    site: string;
    from: string;
    to: string;
    language?: 'kk' | 'ru' | 'en' | undefined;
    pages: readonly string[];
  }): Promise<{ page: string; language: 'kk' | 'ru' | 'en'; votes: number }[]>;
  /** Votes per day (only days with counters). */
  votesByDay(
    query: Omit<CounterQuery, 'last7From' | 'previous7From'>,
  ): Promise<{ day: string; yes: number; votes: number }[]>;

  /** Feedback newest first after `after`, up to `limit`; replaced rows are never listed. */
  listFeedback(filter: FeedbackFilter, limit: number, after?: Keyset): Promise<StoredFeedbackItem[]>;
  getFeedbackItem(id: string): Promise<StoredFeedbackItem | undefined>;
  /** Applies a moderation change (moving counters when spam status changes); undefined when not found. */
  moderate(id: string, change: Moderation): Promise<StoredFeedbackItem | undefined>;
  /** Export rows oldest first after `after`, up to `limit`; replaced rows are never exported. */
  exportBatch(filter: FeedbackFilter, limit: number, after?: Keyset): Promise<ExportRow[]>;

  /** Responses of a page newest first, all of them. */
  listResponses(
    site: string,
    page: string,
  ): Promise<{ id: string; publishedAt: string; language: 'kk' | 'ru' | 'en'; text: string }[]>;
  /** Where a response was published; undefined when there is none with that id. */
  responseSite(id: string): Promise<{ site: string; page: string } | undefined>;
  deleteResponse(id: string): Promise<boolean>;
  /** Pages of a site that have waited or still wait for an answer to negative feedback. */
  responsiveness(site: string): Promise<PageResponsiveness[]>;
  /**
   * Over the counted "no" votes received in the range: how many a later response on their page answered,
   * and the median seconds to that response (null when none was answered).
   */
  responseTimes(query: ResponseTimesQuery): Promise<{ answered: number; medianSeconds: number | null }>;
}
