import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtcdsValue } from './htcds-enums.js';
import {
  ForcedLabourIndustry,
  ForcedLabourIndustryValues,
  MethodOfControlValues,
  MethodOfRecruitmentValues,
  RelationshipToTrafficker,
  RelationshipToTraffickerValues,
  TypeOfExploitationValues,
  TypeOfSexExploitationValues,
} from './htcds-vocabulary.js';
import { DEFAULT_HTCDS_FOLDER, readVocabulary, renderVocabulary, VOCABULARY_FILE } from './generate-vocabulary.js';

// The HTCDS files live beside the checkout (the team folder); a bare clone skips this check.
const haveStandard = existsSync(join(DEFAULT_HTCDS_FOLDER, 'HTCDS Field Standards 2.0.csv'));

describe('the HTCDS vocabulary', () => {
  it.skipIf(!haveStandard)('is exactly what the generator makes from the HTCDS field standard and definitions', () => {
    expect(readFileSync(VOCABULARY_FILE, 'utf8')).toBe(renderVocabulary(readVocabulary()));
  });

  it('has the 16 methods of control, 10 methods of recruitment, 21 ISIC sections, 11 exploitation and 4 sexual-exploitation types', () => {
    expect(MethodOfControlValues).toHaveLength(16);
    expect(MethodOfRecruitmentValues).toHaveLength(10);
    expect(ForcedLabourIndustryValues.map((value) => value.htcds.slice(0, 2))).toEqual('ABCDEFGHIJKLMNOPQRSTU'.split('').map((letter) => `${letter}_`));
    expect(TypeOfExploitationValues).toHaveLength(11);
    expect(TypeOfSexExploitationValues).toHaveLength(4);
  });

  it("reads Beacon's enum values, the standard's value names (its own misspelling included) and ISIC letters", () => {
    expect(parseHtcdsValue(MethodOfControlValues, 'ThreatsLawEnforcement')).toBe('THREATS_LAW_ENFORCEMENT');
    expect(parseHtcdsValue(MethodOfControlValues, 'threats_law_enforcement')).toBe('THREATS_LAW_ENFORCEMENT');
    expect(parseHtcdsValue(RelationshipToTraffickerValues, 'Unaquainted')).toBe(RelationshipToTrafficker.UNACQUAINTED);
    expect(parseHtcdsValue(RelationshipToTraffickerValues, 'Unacquainted')).toBe(RelationshipToTrafficker.UNACQUAINTED);
    expect(parseHtcdsValue(ForcedLabourIndustryValues, 'f')).toBe(ForcedLabourIndustry.F_CONSTRUCTION);
    expect(parseHtcdsValue(ForcedLabourIndustryValues, 'F_Construction')).toBe(ForcedLabourIndustry.F_CONSTRUCTION);
    for (const unknown of ['', 'V', 'Smuggling', 'Physical']) expect(parseHtcdsValue(ForcedLabourIndustryValues, unknown), unknown).toBeUndefined();
  });
});
