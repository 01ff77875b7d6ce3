import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../plain/languages/registry.ts';

describe('familiar words', () => {
  it('knows inflected Kazakh forms of listed roots, even where the greedy stem overshoots (адам → ада)', () => {
    const { isFamiliar } = LANGUAGES.kk;
    for (const word of ['адам', 'адамдар', 'адамдарға', 'деп', 'деді', 'болған', 'болады', 'үйлерімізде'])
      expect(isFamiliar(word), word).toBe(true);
    for (const word of ['мамандандырылған', 'тағайындалды', 'ынтымақтастық'])
      expect(isFamiliar(word), word).toBe(false);
  });

  it('knows the commonest Russian forms whose stems miss their lemma (был, это, нам)', () => {
    const { isFamiliar } = LANGUAGES.ru;
    for (const word of ['это', 'был', 'было', 'нам', 'может', 'времени'])
      expect(isFamiliar(word), word).toBe(true);
    for (const word of ['землетрясения', 'санкции', 'осуществляется'])
      expect(isFamiliar(word), word).toBe(false);
  });
});
