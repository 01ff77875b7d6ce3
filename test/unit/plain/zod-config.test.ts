// The engine runs inside agencies' pages and apps that may use zod themselves, with their own messages.
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const { localeError, customError } = z.config();

afterEach(() => {
  z.config({ localeError, customError });
});

/** The first import builds every language pack: seconds on a busy machine, past vitest's default 5 s. */
const IMPORT_TIMEOUT = 60_000;

describe('analyze and the host’s zod configuration', () => {
  it(
    'leaves zod’s messages as the host set them when it is imported',
    async () => {
      z.config({ localeError: undefined, customError: undefined });
      await import('../../../plain/index.ts');
      expect(z.config().localeError).toBeUndefined();
    },
    IMPORT_TIMEOUT,
  );

  it('says what a bad option must be in its own words, whatever messages the host configured', async () => {
    const { analyze } = await import('../../../plain/index.ts');
    z.config({ customError: () => 'the host’s own message' });
    expect(() => analyze('Hello.', { language: 'de' as 'en' })).toThrow(
      'Invalid option `language`: Invalid option: expected one of "kk"|"ru"|"en"|"auto"',
    );
  });
});
