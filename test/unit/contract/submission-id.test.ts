import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SubmissionIdSchema } from '../../../contract/feedback.ts';
import { newSubmissionId } from '../../../contract/submission-id.ts';

describe('newSubmissionId', () => {
  it('makes UUIDv7s the contract accepts', () => {
    const id = newSubmissionId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.safeParse(SubmissionIdSchema, id).success).toBe(true);
  });

  it('puts the time first, so later ids sort after earlier ones', () => {
    const at = Date.UTC(2026, 10, 27, 10, 0, 0, 123);
    expect(newSubmissionId(at).replace(/-/g, '').slice(0, 12)).toBe(at.toString(16).padStart(12, '0'));
    const ids = [at, at + 1, at + 1000, at + 86_400_000].map((t) => newSubmissionId(t));
    expect([...ids].sort()).toEqual(ids);
  });

  it('differs every time within one millisecond', () => {
    const at = Date.now();
    expect(new Set(Array.from({ length: 1000 }, () => newSubmissionId(at))).size).toBe(1000);
  });
});
