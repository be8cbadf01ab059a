import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeText, normalizeText } from '../../src/domain/text.ts';

describe('text hygiene', () => {
  it('accepts what people write, in any script', () => {
    for (const ok of ['John Doe', 'José Álvarez', "O'Brien-Smith, Jr.", '東京都港区', 'Zoë & Søren', 'Straße 5 · 2. OG', 'Unit #4 (rear)', 'a', ' leading space', '😀 emoji']) {
      assert.ok(isSafeText(ok), ok);
    }
  });

  it('refuses controls, bidi overrides and isolates, separators, zero-width characters and blank strings', () => {
    const bad: [string, string][] = [
      ['NUL', 'a\u0000b'],
      ['tab', 'a\tb'],
      ['newline', 'a\nb'],
      ['DEL', 'a\u007fb'],
      ['C1 NEL', 'a\u0085b'],
      ['C1 CSI', 'a\u009bb'],
      ['RLO', 'invoice\u202Etxt.exe'],
      ['LRE', 'a\u202Ab'],
      ['RLI', 'a\u2067b'],
      ['PDI', 'a\u2069b'],
      ['LRM', 'a\u200Eb'],
      ['line separator', 'a\u2028b'],
      ['paragraph separator', 'a\u2029b'],
      ['zero-width space', 'a\u200Bb'],
      ['zero-width joiner', 'a\u200Db'],
      ['word joiner', 'a\u2060b'],
      ['BOM', '\uFEFFabc'],
      ['soft hyphen', 'a\u00ADb'],
      ['empty', ''],
      ['spaces only', '   '],
      ['no-break spaces only', '\u00a0\u00a0'],
      ['ideographic space only', '\u3000'],
    ];
    for (const [name, value] of bad) assert.equal(isSafeText(value), false, name);
  });

  it('normalises to NFC', () => {
    assert.equal(normalizeText('Jose\u0301'), 'José');
    assert.equal(normalizeText('José'), 'José');
  });
});
