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

  it('takes out a segment that is a vehicle plate, but not a slug that looks like one inside', () => {
    expect(canonicalPage('https://gov.kz/fines/777ABC02/pay')).toBe('https://gov.kz/fines/[plate]/pay');
    expect(canonicalPage('https://gov.kz/fines/777abc02')).toBe('https://gov.kz/fines/[plate]');
    expect(canonicalPage('https://gov.kz/fines/A%20123%20BCD')).toBe('https://gov.kz/fines/[plate]');
    expect(canonicalPage('https://gov.kz/drugs/paracetamol-500mg10')).toBe(
      'https://gov.kz/drugs/paracetamol-500mg10',
    );
    expect(canonicalPage('https://gov.kz/docs/123ABC15.pdf')).toBe('https://gov.kz/docs/123ABC15.pdf');
  });
});
