import { describe, expect, it } from 'vitest';
import { clientAddressOf, DailySaltedHasher } from '../../../server/abuse/client-key.ts';

describe('DailySaltedHasher', () => {
  it('keeps one key per address within a UTC day and a new, unlinkable one the next day', () => {
    let now = new Date('2026-03-01T00:00:00.000Z');
    const keys = new DailySaltedHasher(() => now);
    const morning = keys.key('203.0.113.7');
    now = new Date('2026-03-01T23:59:59.999Z');
    expect(keys.key('203.0.113.7')).toBe(morning);
    expect(keys.key('203.0.113.8')).not.toBe(morning);
    now = new Date('2026-03-02T00:00:00.000Z');
    expect(keys.key('203.0.113.7')).not.toBe(morning);
  });

  it('never shows the address, and two servers salt differently', () => {
    const at = () => new Date('2026-03-01T12:00:00.000Z');
    const key = new DailySaltedHasher(at).key('203.0.113.7');
    // 22 characters of base64url: the dots of an address cannot appear in it.
    expect(key).toMatch(/^[\w-]{22}$/);
    expect(new DailySaltedHasher(at).key('203.0.113.7')).not.toBe(key);
  });
});

describe('clientAddressOf', () => {
  it('takes the socket address unless told to trust a proxy', () => {
    expect(clientAddressOf('10.0.0.2', '203.0.113.9', false)).toBe('10.0.0.2');
    expect(clientAddressOf(undefined, undefined, false)).toBe('unknown');
  });

  it('behind a proxy takes the address the proxy appended, not one the client wrote', () => {
    expect(clientAddressOf('10.0.0.2', '203.0.113.9', true)).toBe('203.0.113.9');
    expect(clientAddressOf('10.0.0.2', '1.2.3.4, 5.6.7.8,  203.0.113.9 ', true)).toBe('203.0.113.9');
    expect(clientAddressOf('10.0.0.2', '', true)).toBe('10.0.0.2');
  });
});
