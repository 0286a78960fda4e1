import { describe, expect, it } from 'vitest';
import { createLinkageMaterialDeriver, decodeBlockingKey, type LinkageIdentifiers } from '../../../shared/linkage/index.js';
import { DEFAULT_MATCHING } from '../config.js';
import { EncodingIndex, type IndexedEncoding } from './encoding-index.js';

const derive = createLinkageMaterialDeriver('encoding-index-test-secret-32-bytes-long');

function indexed(identifiers: LinkageIdentifiers): IndexedEncoding {
  const material = derive(identifiers);
  return {
    encoding: new Uint8Array(Buffer.from(material.encoding as string, 'base64')),
    blockingKeys: material.blockingKeys.map((key) => decodeBlockingKey(key) as number),
    identityKeys: material.identityKeys.map((key) => decodeBlockingKey(key) as number),
  };
}

const maria = indexed({ names: [{ given: 'Maria', family: 'Ionescu' }], dateOfBirth: '1990-04-17', address: { locality: 'Iasi', country: 'RO' } });
const mariaTypo = indexed({ names: [{ given: 'Mariia', family: 'Ionesku' }], dateOfBirth: '1990-04-17', address: { locality: 'Iasi', country: 'RO' } });
const sister = indexed({ names: [{ given: 'Elena', family: 'Ionescu' }], dateOfBirth: '1993-11-02', address: { locality: 'Iasi', country: 'RO' } });

describe('the hub index', () => {
  it('matches a stored record and a probe against a look-alike, not against a relative', () => {
    const index = new EncodingIndex(DEFAULT_MATCHING);
    index.put('a', maria);
    index.put('sister', sister);
    index.put('b', mariaTypo);
    expect(index.matchesOf('b').map((match) => match.recordId)).toEqual(['a']);
    expect(index.matchesOfProbe(mariaTypo).map((match) => match.recordId).sort()).toEqual(['a', 'b']);
  });

  it('does not link a namesake born on another date when other namesakes resemble it as much, nor an undated one', () => {
    const index = new EncodingIndex(DEFAULT_MATCHING);
    const namesake = (dateOfBirth?: string) => indexed({ names: [{ given: 'Maria', family: 'Ionescu' }], ...(dateOfBirth ? { dateOfBirth } : {}), address: { locality: 'Iasi', country: 'RO' } });
    index.put('1990', namesake('1990-04-17'));
    index.put('1975', namesake('1975-11-02'));
    index.put('1983', namesake('1983-06-25'));
    expect(index.matchesOf('1983')).toEqual([]);
    index.put('undated', namesake());
    expect(index.matchesOf('undated')).toEqual([]);
    expect(index.matchesOfProbe(namesake()).map((match) => match.recordId)).toEqual(['undated']);
  });

  it('links an undated record to its only look-alike, and a birthday typo', () => {
    const index = new EncodingIndex(DEFAULT_MATCHING);
    index.put('a', maria);
    index.put('undated', indexed({ names: [{ given: 'Maria', family: 'Ionescu' }], address: { locality: 'Iasi', country: 'RO' } }));
    expect(index.matchesOf('undated').map((match) => match.recordId)).toEqual(['a']);
    index.put('typo', indexed({ names: [{ given: 'Maria', family: 'Ionescu' }], dateOfBirth: '1990-04-18', address: { locality: 'Iasi', country: 'RO' } }));
    expect(index.matchesOf('typo').map((match) => match.recordId)).toContain('a');
  });

  it('forgets a removed record and the old encoding of a changed one', () => {
    const index = new EncodingIndex(DEFAULT_MATCHING);
    index.put('a', maria);
    index.put('b', mariaTypo);
    index.remove('a');
    expect(index.matchesOf('b')).toEqual([]);
    index.put('a', sister);
    expect(index.matchesOf('b')).toEqual([]);
    expect(index.size).toBe(2);
  });
});
