import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalPage } from '../../../server/canonical-page.ts';

describe('canonicalPage', () => {
  it('is stable: a canonical page is its own canonical form, so look-ups find what was stored', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = canonicalPage(url);
        expect(canonicalPage(once)).toBe(once);
        const { search, hash, pathname, username, password } = new URL(once);
        expect([search, hash, username, password]).toEqual(['', '', '', '']);
        expect(pathname).not.toContain(';');
        expect(pathname === '/' || !pathname.endsWith('/')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('takes a person out of the path but keeps the numbers that tell pages apart', () => {
    expect(canonicalPage('https://gov.kz/profile/ivan.petrov@mail.ru/edit')).toBe(
      'https://gov.kz/profile/[email]/edit',
    );
    expect(canonicalPage('https://gov.kz/news/id123456')).toBe('https://gov.kz/news/id123456');
    expect(canonicalPage('https://gov.kz/news/id654321')).toBe('https://gov.kz/news/id654321');
  });
});
