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
    // Even an identical undated record: a name and a town are all it holds, and three namesakes share them.
    expect(index.matchesOfProbe(namesake())).toEqual([]);
  });

  it('links an undated record to its only look-alike, and a birthday typo where an address can be compared', () => {
    const index = new EncodingIndex(DEFAULT_MATCHING);
    index.put('a', maria);
    index.put('undated', indexed({ names: [{ given: 'Maria', family: 'Ionescu' }], address: { locality: 'Iasi', country: 'RO' } }));
    expect(index.matchesOf('undated').map((match) => match.recordId)).toEqual(['a']);
    const housed = (dateOfBirth: string) => indexed({ names: [{ given: 'Maria', family: 'Ionescu' }], dateOfBirth, address: { streetNumber: '4', street: 'Strada Lapusneanu', locality: 'Iasi', country: 'RO' } });
    index.put('housed', housed('1990-04-17'));
    index.put('typo', housed('1990-04-18'));
    expect(index.matchesOf('typo').map((match) => match.recordId)).toContain('housed');
  });

  it('does not link two strangers born the same day when only names and the date can be compared, nor a sparse birthday slip', () => {
    const index = new EncodingIndex(DEFAULT_MATCHING);
    const sparse = (given: string, family: string, dateOfBirth: string) => indexed({ names: [{ given, family }], dateOfBirth, address: { locality: 'Chisinau', country: 'MD' } });
    index.put('ion', sparse('Ion', 'Rusu', '1991-03-14'));
    index.put('vasile', sparse('Vasile', 'Ceban', '1991-03-14'));
    expect(index.matchesOf('vasile')).toEqual([]);
    // A slip in the day of a name-and-date-only record cannot be told from a namesake born that year.
    index.put('slip', sparse('Ion', 'Rusu', '1991-03-15'));
    expect(index.matchesOf('slip')).toEqual([]);
  });

  it('links an undated record on its name alone only when no other record compared with it is a rival, however much lower it scores', () => {
    const index = new EncodingIndex(DEFAULT_MATCHING);
    index.put('a', maria);
    const undated = indexed({ names: [{ given: 'Maria', family: 'Ionescu' }], address: { locality: 'Iasi', country: 'RO' } });
    index.put('undated', undated);
    expect(index.matchesOf('undated').map((match) => match.recordId)).toEqual(['a']);
    // A sister in the same town scores about 0.2 below 'a' against the undated record: far more
    // than the doubt margin, yet a rival from the floor, and on a name alone that is enough.
    index.put('sister', sister);
    index.put('undated', undated);
    expect(index.matchesOf('undated')).toEqual([]);
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
