import { registerEnumType } from 'type-graphql';
import type { HtcdsValue } from './htcds-value.js';
import {
  ForcedLabourIndustry,
  ForcedLabourIndustryValues,
  MethodOfControl,
  MethodOfControlValues,
  MethodOfRecruitment,
  MethodOfRecruitmentValues,
  OrganisationType,
  OrganisationTypeValues,
  ReferralReason,
  ReferralReasonValues,
  RelationshipToTrafficker,
  RelationshipToTraffickerValues,
  SupportType,
  SupportTypeValues,
  TraffickingEventStage,
  TraffickingEventStageValues,
  TraffickingStatus,
  TraffickingStatusDecisionMaker,
  TraffickingStatusDecisionMakerValues,
  TraffickingStatusValues,
  TypeOfExploitation,
  TypeOfExploitationValues,
  TypeOfSexExploitation,
  TypeOfSexExploitationValues,
} from './htcds-vocabulary.js';

/** A value's GraphQL description: the standard's label, and its definition where it gives one. */
function describeValue(value: HtcdsValue, prefix = ''): string {
  return `${prefix}HTCDS "${value.label}" (\`${value.htcds}\`).${value.definition ? ` ${value.definition}` : ''}`;
}

function register<T extends string>(
  enumObject: Record<string, T>,
  values: readonly HtcdsValue<T>[],
  name: string,
  description: string,
  prefixOf: (value: HtcdsValue<T>) => string = () => '',
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(values.map((value) => [value.value, { description: describeValue(value, prefixOf(value)) }])),
  });
}

register(TraffickingStatus, TraffickingStatusValues, 'TraffickingStatus', 'Whether the person was trafficked, per HTCDS 2.0 `vic_TraffickingStatus`.');
register(
  TraffickingStatusDecisionMaker,
  TraffickingStatusDecisionMakerValues,
  'TraffickingStatusDecisionMaker',
  'The kind of organisation that determined the trafficking status, per HTCDS 2.0 `vic_TraffickingStatusDecisionMakingOrg`.',
);
register(
  RelationshipToTrafficker,
  RelationshipToTraffickerValues,
  'RelationshipToTrafficker',
  "The survivor's relationship to the trafficker, per HTCDS 2.0 `vic_RelationshipToTrafficker` (HTCDS spells the third value `Unaquainted`).",
);
register(MethodOfRecruitment, MethodOfRecruitmentValues, 'MethodOfRecruitment', 'How the survivor was recruited: the 10 values of HTCDS 2.0 `vic_MethodOfRecruitment`.');
register(MethodOfControl, MethodOfControlValues, 'MethodOfControl', 'How the trafficker controlled the survivor: the 16 values of HTCDS 2.0 `vic_MethodsOfControl`.');
register(TypeOfExploitation, TypeOfExploitationValues, 'TypeOfExploitation', 'The type of exploitation, per HTCDS 2.0 `vic_TypeOfExploitation`.');
register(
  ForcedLabourIndustry,
  ForcedLabourIndustryValues,
  'ForcedLabourIndustry',
  'The industry of forced labour: the 21 sections (A–U) of ISIC Rev. 4, as HTCDS 2.0 `vic_ForcedLabourIndustry` lists them.',
  (value) => `ISIC Rev. 4 section ${value.htcds.slice(0, 1)}. `,
);
register(TypeOfSexExploitation, TypeOfSexExploitationValues, 'TypeOfSexExploitation', 'The type of sexual exploitation, per HTCDS 2.0 `vic_TypeOfSexExploitation`.');
register(
  TraffickingEventStage,
  TraffickingEventStageValues,
  'TraffickingEventStage',
  'The stage of trafficking an event belongs to, per HTCDS 2.0 `hte_Type`: the legs of a route.',
);
register(SupportType, SupportTypeValues, 'SupportType', 'The kind of support a referral is for, per the HTCDS 2.0 support plan types (`spl_Type`).');
register(OrganisationType, OrganisationTypeValues, 'OrganisationType', 'The kind of organisation, per HTCDS 2.0 `org_Type`.');
register(ReferralReason, ReferralReasonValues, 'ReferralReason', 'Why a case is referred on, per HTCDS 2.0 `cas_ReasonForOutgoingReferral`.');

/**
 * Reads one picklist value as a caller or a file writes it: Beacon's enum value
 * (`DEBT_BONDAGE`) or the standard's value name (`DebtBondage`), case, spaces and underscores
 * aside — so HTCDS's `Unaquainted` and the correct spelling both read. An ISIC section letter
 * alone (`F`) reads as that forced-labour industry.
 */
export function parseHtcdsValue<T extends string>(values: readonly HtcdsValue<T>[], raw: string): T | undefined {
  const key = fold(raw);
  if (key === '') return undefined;
  const isicSection = /^[a-u]$/.test(key) ? `${key.toUpperCase()}_` : undefined;
  return values.find(
    (value) =>
      fold(value.value) === key || fold(value.htcds) === key || (isicSection !== undefined && value.htcds.startsWith(isicSection)),
  )?.value;
}

function fold(text: string): string {
  return text.replace(/[\s_-]/g, '').toLowerCase();
}

export {
  ForcedLabourIndustry,
  ForcedLabourIndustryValues,
  MethodOfControl,
  MethodOfControlValues,
  MethodOfRecruitment,
  MethodOfRecruitmentValues,
  OrganisationType,
  OrganisationTypeValues,
  ReferralReason,
  ReferralReasonValues,
  RelationshipToTrafficker,
  RelationshipToTraffickerValues,
  SupportType,
  SupportTypeValues,
  TraffickingEventStage,
  TraffickingEventStageValues,
  TraffickingStatus,
  TraffickingStatusDecisionMaker,
  TraffickingStatusDecisionMakerValues,
  TraffickingStatusValues,
  TypeOfExploitation,
  TypeOfExploitationValues,
  TypeOfSexExploitation,
  TypeOfSexExploitationValues,
};
