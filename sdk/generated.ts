import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A customer, as the institution identified them. A given or family name is required. */
export type AccountHolderInput = {
  /** Postal addresses, current first. */
  addresses?: InputMaybe<Array<AddressInput>>;
  /** Other names the customer is known by. */
  aliases?: InputMaybe<Array<HolderNameInput>>;
  /** Date of birth, YYYY-MM-DD. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Identity documents seen. */
  documents?: InputMaybe<Array<IdentityDocumentInput>>;
  /** E-mail addresses. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Family name. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name(s). */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** Nationalities, ISO 3166-1 alpha-2. */
  nationalities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Phone numbers, international form (+44 …). */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Date (YYYY-MM-DD) after which the record is deleted; omitted while the relationship lasts. */
  retentionUntil?: InputMaybe<Scalars['String']['input']>;
  /** The customer's id in the institution's own system; opening the same one twice opens it once. */
  sourceRecordId?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of account. */
export const AccountType = {
  /** An account of a business: payroll and supplier payments are expected from it. */
  Business: 'BUSINESS',
  /** A custodial virtual-asset wallet. */
  CryptoWallet: 'CRYPTO_WALLET',
  /** A personal current (checking) account. */
  Current: 'CURRENT',
  /** An account with a money-service business (remittance, exchange). */
  MoneyService: 'MONEY_SERVICE',
  /** Another kind of account. */
  Other: 'OTHER',
  /** A prepaid card account, often opened with little identification. */
  PrepaidCard: 'PREPAID_CARD',
  /** A personal savings account. */
  Savings: 'SAVINGS'
} as const;

export type AccountType = typeof AccountType[keyof typeof AccountType];
/** A postal address; the country is required. */
export type AddressInput = {
  /** Building, estate or unit. */
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  /** Town or city. */
  locality?: InputMaybe<Scalars['String']['input']>;
  /** Postcode. */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** State, province or county. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Street name. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** House or building number. */
  streetNumber?: InputMaybe<Scalars['String']['input']>;
};

/** What an audit event records. */
export const AuditEventKind = {
  /** The policy refused fields of a record, or the whole request. */
  Denial: 'DENIAL',
  /** Sensitive fields of a record were shown to the caller. */
  Disclosure: 'DISCLOSURE',
  /** A mutation was attempted. */
  Write: 'WRITE'
} as const;

export type AuditEventKind = typeof AuditEventKind[keyof typeof AuditEventKind];
/** How the request the event records ended. */
export const AuditOutcome = {
  /** The fields were shown, or the write made. */
  Allowed: 'ALLOWED',
  /** The policy refused them. */
  Denied: 'DENIED',
  /** The write was attempted and failed. */
  Failed: 'FAILED'
} as const;

export type AuditOutcome = typeof AuditOutcome[keyof typeof AuditOutcome];
/** A type of exploitation a case concerns: HTCDS v2 `vic_TypeOfExploitation`. */
export const CaseExploitationType = {
  /** Child labour (HTCDS `ChildLabour`). */
  ChildLabour: 'CHILD_LABOUR',
  /** Forced adoption (HTCDS `ForcedAdoption`). */
  ForcedAdoption: 'FORCED_ADOPTION',
  /** Forced begging (HTCDS `ForcedBegging`). */
  ForcedBegging: 'FORCED_BEGGING',
  /** Forced labour (HTCDS `ForcedLabour`). */
  ForcedLabour: 'FORCED_LABOUR',
  /** Forced marriage (HTCDS `ForcedMarriage`). */
  ForcedMarriage: 'FORCED_MARRIAGE',
  /** Forced military service by non-state actors (HTCDS `ForcedMilitaryByNonStateActors`). */
  ForcedMilitaryByNonStateActors: 'FORCED_MILITARY_BY_NON_STATE_ACTORS',
  /** Organ removal (HTCDS `OrganRemoval`). */
  OrganRemoval: 'ORGAN_REMOVAL',
  /** Another type of exploitation (HTCDS `Other`). */
  Other: 'OTHER',
  /** Servitude (HTCDS `Servitude`). */
  Servitude: 'SERVITUDE',
  /** Sexual exploitation (HTCDS `SexualExploitation`). */
  SexualExploitation: 'SEXUAL_EXPLOITATION',
  /** Surrogacy (HTCDS `Surrogacy`). */
  Surrogacy: 'SURROGACY'
} as const;

export type CaseExploitationType = typeof CaseExploitationType[keyof typeof CaseExploitationType];
/** Which of the agency's cases to list. */
export type CaseFilter = {
  /** Only cases under this jurisdiction (ISO 3166-1 alpha-2). */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Only cases with this status. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Only cases concerning this type of exploitation. */
  typeOfExploitation?: InputMaybe<Scalars['String']['input']>;
};

/** Where a law-enforcement case stands. */
export const CaseStatus = {
  /** Closed and kept only until its retention date. */
  Archived: 'ARCHIVED',
  /** Investigation ended; `closedOn` says when. */
  Closed: 'CLOSED',
  /** Under investigation. */
  Open: 'OPEN',
  /** Investigation paused (e.g. awaiting another agency); not closed. */
  Suspended: 'SUSPENDED'
} as const;

export type CaseStatus = typeof CaseStatus[keyof typeof CaseStatus];
/** What the other party of a transaction is, as the institution classified it. */
export const CounterpartyKind = {
  /** A business other than those below. */
  Business: 'BUSINESS',
  /** An online classified-advertisement site (FIN-2020-A008). */
  ClassifiedAdSite: 'CLASSIFIED_AD_SITE',
  /** An escort or adult-services advertiser or agency. */
  EscortService: 'ESCORT_SERVICE',
  /** A public body (taxes, benefits). */
  Government: 'GOVERNMENT',
  /** A private person. */
  Individual: 'INDIVIDUAL',
  /** A remittance or currency-exchange business. */
  MoneyServiceBusiness: 'MONEY_SERVICE_BUSINESS',
  /** Not classified. */
  Unknown: 'UNKNOWN',
  /** A virtual-asset service provider (exchange, custodial wallet). */
  VirtualAssetService: 'VIRTUAL_ASSET_SERVICE'
} as const;

export type CounterpartyKind = typeof CounterpartyKind[keyof typeof CounterpartyKind];
/** A suspicious-activity report on one of your institution's customers. */
export type FileSuspiciousActivityReportInput = {
  /** The customer the report is about: an account holder of your institution. */
  accountHolderId: Scalars['ID']['input'];
  /** When it was filed with the financial intelligence unit: ISO 8601 date-time with a time zone. */
  filedAt: Scalars['String']['input'];
  /** What the institution saw, in its own words. */
  narrative: Scalars['String']['input'];
  /** Your institution's own number for the report; filing it twice files it once. */
  reference: Scalars['String']['input'];
  /** FILED (default), ACKNOWLEDGED or CLOSED. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** A SuspiciousActivityTypology value, e.g. FUNNEL_ACCOUNT. */
  typology: Scalars['String']['input'];
};

/** How a financial measure can be broken down (transactions: CHANNEL, CURRENCY; red flags: TYPOLOGY, CURRENCY). */
export const FinancialDimension = {
  /** How the money moved (WIRE, CASH_DEPOSIT, CARD, …). */
  Channel: 'CHANNEL',
  /** ISO 4217 currency, with the sum of the amounts; only currencies with a shown count are listed. */
  Currency: 'CURRENCY',
  /** The red-flag typology matched. */
  Typology: 'TYPOLOGY'
} as const;

export type FinancialDimension = typeof FinancialDimension[keyof typeof FinancialDimension];
/** What the financial sector counts. */
export const FinancialMeasure = {
  /** Transactions that by themselves match a red-flag typology (payments to classified-ad or escort sites; cash deposits just below a reporting threshold). */
  RedFlags: 'RED_FLAGS',
  /** Transactions, at the place they happened (cash, card) or along the route from the country money left to the country it reached. */
  Transactions: 'TRANSACTIONS'
} as const;

export type FinancialMeasure = typeof FinancialMeasure[keyof typeof FinancialMeasure];
/** The industry of forced labour: the 21 sections (A–U) of ISIC Rev. 4, as HTCDS 2.0 `vic_ForcedLabourIndustry` lists them. */
export const ForcedLabourIndustry = {
  /** ISIC Rev. 4 section A. HTCDS "Agriculture, forestry and fishing" (`A_AgricultureForestryAndFishing`). This division includes the exploitation of vegetal and animal natural resources, comprising the activities of growing of crops, raising and breeding of animals, harvesting of timber and other plants, animals or animal products from a farm or their natural habitats. */
  AAgricultureForestryAndFishing: 'A_AGRICULTURE_FORESTRY_AND_FISHING',
  /** ISIC Rev. 4 section B. HTCDS "Mining and quarrying" (`B_MiningAndQuarrying`). This division includes the extraction of minerals occurring naturally as solids (coal and ores), liquids (petroleum) or gases (natural gas). Extraction can be achieved by different methods such as underground or surface mining, well operation, seabed mining etc. This section also includes supplementary activities aimed at preparing the crude materials for marketing, for example, crushing, grinding, cleaning, drying, sorting, concentrating ores, liquefaction of natural gas and agglomeration of solid fuels. These operations are often carried out by the units that extracted the resource and/or others located nearby. Mining activities are classified into divisions, groups and classes on the basis of the principal mineral produced. */
  BMiningAndQuarrying: 'B_MINING_AND_QUARRYING',
  /** ISIC Rev. 4 section C. HTCDS "Manufacturing" (`C_Manufacturing`). This division includes the physical or chemical transformation of materials, substances, or components into new products, although this cannot be used as the single universal criterion for defining manufacturing (see remark on processing of waste below). The materials, substances, or components transformed are raw materials that are products of agriculture, forestry, fishing, mining or quarrying as well as products of other manufacturing activities. Substantial alteration, renovation or reconstruction of goods is generally considered to be manufacturing. Units engaged in manufacturing are often described as plants, factories or mills and characteristically use power-driven machines and materials-handling equipment. However, units that transform materials or substances into new products by hand or in the worker’s home and those engaged in selling to the general public of products made on the same premises from which they are sold, such as bakeries and custom tailors, are also included in this section. Manufacturing units may process materials or may contract with other units to process their materials for them. Both types of units are included in manufacturing. The output of a manufacturing process may be finished in the sense that it is ready for utilization or consumption, or it may be semi-finished in the sense that it is to become an input for further manufacturing. For example, the output of alumina refining is the input used in the primary production of aluminium; primary aluminium is the input to aluminium wire drawing; and aluminium wire is the input for the manufacture of fabricated wire products. */
  CManufacturing: 'C_MANUFACTURING',
  /** ISIC Rev. 4 section D. HTCDS "Electricity, gas, steam and air conditioning supply" (`D_ElectricityGasSteamAndAirConditioningSupply`). This division includes the activity of providing electric power, natural gas, steam, hot water and the like through a permanent infrastructure (network) of lines, mains and pipes. The dimension of the network is not decisive; also included are the distribution of electricity, gas, steam, hot water and the like in industrial parks or residential buildings. This section therefore includes the operation of electric and gas utilities, which generate, control and distribute electric power or gas. Also included is the provision of steam and air-conditioning supply. */
  DElectricityGasSteamAndAirConditioningSupply: 'D_ELECTRICITY_GAS_STEAM_AND_AIR_CONDITIONING_SUPPLY',
  /** ISIC Rev. 4 section E. HTCDS "Water supply; sewerage, waste management and remediation" (`E_WaterSupplySewerageWasteManagement`). This section includes activities related to the management (including collection, treatment and disposal) of various forms of waste, such as solid or non-solid industrial or household waste, as well as contaminated sites. The output of the waste or sewage treatment process can either be disposed of or become an input into other production processes. Activities of water supply are also grouped in this section, since they are often carried out in connection with, or by units also engaged in, the treatment of sewage. */
  EWaterSupplySewerageWasteManagement: 'E_WATER_SUPPLY_SEWERAGE_WASTE_MANAGEMENT',
  /** ISIC Rev. 4 section F. HTCDS "Construction" (`F_Construction`). This division includes general construction of buildings of all kinds. It includes new work, repair, additions and alterations, the erection of pre-fabricated buildings or structures on the site and also construction of temporary nature. */
  FConstruction: 'F_CONSTRUCTION',
  /** ISIC Rev. 4 section G. HTCDS "Wholesale and retail trade; repair of motor vehicles and motorcycles" (`G_WholesaleAndRetailTradeRepairOfMotorVehicles`). This division includes wholesale and retail sale (i.e. sale without transformation) of any type of goods and the rendering of services incidental to the sale of these goods. Wholesaling and retailing are the final steps in the distribution of goods. Goods bought and sold are also referred to as merchandise. Also included in this section are the repair of motor vehicles and motorcycles. */
  GWholesaleAndRetailTradeRepairOfMotorVehicles: 'G_WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES',
  /** ISIC Rev. 4 section H. HTCDS "Transportation and storage" (`H_TransportationAndStorage`). This division includes the provision of passenger or freight transport, whether scheduled or not, by rail, pipeline, road, water or air and associated activities such as terminal and parking facilities, cargo handling, storage etc. Included in this section is the renting of transport equipment with driver or operator. Also included are postal and courier activities. */
  HTransportationAndStorage: 'H_TRANSPORTATION_AND_STORAGE',
  /** ISIC Rev. 4 section I. HTCDS "Accommodation and food service activities" (`I_AccommodationAndFoodServiceActivities`). This section includes the provision of short-stay accommodation for visitors and other travellers and the provision of complete meals and drinks fit for immediate consumption. The amount and type of supplementary services provided within this section can vary widely. */
  IAccommodationAndFoodServiceActivities: 'I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES',
  /** ISIC Rev. 4 section J. HTCDS "Information and communication" (`J_InformationAndCommunication`). This includes but is not limited to: Motion picture, video and television programme production, sound recording and music publishing activities, Programming and broadcasting activities, Telecommunications. */
  JInformationAndCommunication: 'J_INFORMATION_AND_COMMUNICATION',
  /** ISIC Rev. 4 section K. HTCDS "Financial and insurance activities" (`K_FinancialAndInsuranceActivities`). Includes financial service activities, including insurance, reinsurance and pension funding activities and activities to support financial services. This section also includes the activities of holding assets, such as activities of holding companies and the activities of trusts, funds and similar financial entities. */
  KFinancialAndInsuranceActivities: 'K_FINANCIAL_AND_INSURANCE_ACTIVITIES',
  /** ISIC Rev. 4 section L. HTCDS "Real estate activities" (`L_RealEstateActivities`). This section includes acting as lessors, agents and/or brokers in one or more of the following: selling or buying real estate, renting real estate, providing other real estate services such as appraising real estate or acting as real estate escrow agents. Activities in this section may be carried out on own or leased property and may be done on a fee or contract basis. Also included is the building of structures, combined with maintaining ownership or leasing of such structures. */
  LRealEstateActivities: 'L_REAL_ESTATE_ACTIVITIES',
  /** ISIC Rev. 4 section M. HTCDS "Professional, scientific and technical activities" (`M_ProfessionalScientificAndTechnicalActivities`). This section includes specialized professional, scientific and technical activities. These activities require a high degree of training, and make specialized knowledge and skills available to users. Examples are:<br> -Legal and accounting activities<br> -Activities of head offices; management consultancy activities<br> -Architectural and engineering activities; technical testing and analysis<br> -Scientific research and development<br> -Advertising and market research<br> -Other professional, scientific and technical activities<br> -Veterinary activities. */
  MProfessionalScientificAndTechnicalActivities: 'M_PROFESSIONAL_SCIENTIFIC_AND_TECHNICAL_ACTIVITIES',
  /** ISIC Rev. 4 section N. HTCDS "Administrative and support service activities" (`N_AdministrativeAndSupportServiceActivities`). This section includes a variety of activities that support general business operations. */
  NAdministrativeAndSupportServiceActivities: 'N_ADMINISTRATIVE_AND_SUPPORT_SERVICE_ACTIVITIES',
  /** ISIC Rev. 4 section O. HTCDS "Public administration and defence; compulsory social security" (`O_PublicAdministrationAndDefence`). This section includes activities of a governmental nature, normally carried out by the public administration. This includes the enactment and judicial interpretation of laws and their pursuant regulation, as well as the administration of programmes based on them, legislative activities, taxation, national defence, public order and safety, immigration services, foreign affairs and the administration of government programmes. This section also includes compulsory social security activities. */
  OPublicAdministrationAndDefence: 'O_PUBLIC_ADMINISTRATION_AND_DEFENCE',
  /** ISIC Rev. 4 section P. HTCDS "Education" (`P_Education`). This section includes education at any level or for any profession, oral or written as well as by radio and television or other means of communication. It includes education by the different institutions in the regular school system at its different levels as well as adult education, literacy programmes etc. Also included are military schools and academies, prison schools etc. at their respective levels. The section includes public as well as private education. */
  PEducation: 'P_EDUCATION',
  /** ISIC Rev. 4 section Q. HTCDS "Human health and social work activities" (`Q_HumanHealthAndSocialWorkActivities`). This section includes the provision of health and social work activities. Activities include a wide range of activities, starting from health care provided by trained medical professionals in hospitals and other facilities, over residential care activities that still involve a degree of health care activities to social work activities without any involvement of health care professionals. */
  QHumanHealthAndSocialWorkActivities: 'Q_HUMAN_HEALTH_AND_SOCIAL_WORK_ACTIVITIES',
  /** ISIC Rev. 4 section R. HTCDS "Arts, entertainment and recreation" (`R_ArtsEntertainmentAndRecreation`). This section includes a wide range of activities to meet varied cultural, entertainment and recreational interests of the general public, including live performances, operation of museum sites, gambling, sports and recreation activities. */
  RArtsEntertainmentAndRecreation: 'R_ARTS_ENTERTAINMENT_AND_RECREATION',
  /** ISIC Rev. 4 section S. HTCDS "Other service activities" (`S_OtherServiceActivities`). This section (as a residual category) includes the activities of membership organizations, the repair of computers and personal and household goods and a variety of personal service activities not covered elsewhere in the classification. */
  SOtherServiceActivities: 'S_OTHER_SERVICE_ACTIVITIES',
  /** ISIC Rev. 4 section T. HTCDS "Activities of households as employers; undifferentiated goods- and services- producing activities of households for own use" (`T_ActivitiesOfHouseholdsAsEmployers`). This division includes activities of households as employers of domestic personnel. Furthermore, it includes the undifferentiated subsistence goods-producing and services producing activities of households. */
  TActivitiesOfHouseholdsAsEmployers: 'T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS',
  /** ISIC Rev. 4 section U. HTCDS "Activities of extraterritorial organizations and bodies" (`U_ActivitiesOfExtraterritorialOrganizations`). This class includes activities of international organizations such as the United Nations and the specialized agencies of the United Nations system, regional bodies etc., the International Monetary Fund, the World Bank, the World Customs Organization, the Organization for Economic Co-operation and Development, the Organization of Petroleum Exporting Countries, the European Communities, the European Free Trade Association etc. This class also includes activities of diplomatic and consular missions when being determined by the country of their location rather than by the country they represent. */
  UActivitiesOfExtraterritorialOrganizations: 'U_ACTIVITIES_OF_EXTRATERRITORIAL_ORGANIZATIONS'
} as const;

export type ForcedLabourIndustry = typeof ForcedLabourIndustry[keyof typeof ForcedLabourIndustry];
/** The individual's gender as the Human Trafficking Case Data Standard (HTCDS 2.0) records it. */
export const Gender = {
  /** HTCDS "Feminine". */
  Feminine: 'FEMININE',
  /** HTCDS "Masculine". */
  Masculine: 'MASCULINE',
  /** HTCDS "Non-Conforming". */
  NonConforming: 'NON_CONFORMING',
  /** HTCDS "Not Specified/Unknown" (`NonSpecifiedUnknown`). */
  NotSpecifiedUnknown: 'NOT_SPECIFIED_UNKNOWN',
  /** HTCDS "Transgender Feminine". */
  TransgenderFeminine: 'TRANSGENDER_FEMININE',
  /** HTCDS "Transgender Masculine". */
  TransgenderMasculine: 'TRANSGENDER_MASCULINE'
} as const;

export type Gender = typeof Gender[keyof typeof Gender];
/** A survivor's consent, as her caseworker records it. */
export type GrantConsentInput = {
  /** The purpose she agrees to, as callers declare it in x-beacon-purpose (e.g. aml-compliance, analysis). */
  purpose: Scalars['String']['input'];
  /** The sector she agrees to share with: LAW_ENFORCEMENT, NGO, FINANCIAL or HUB. */
  sector: Scalars['String']['input'];
  /** The survivor who gives it: one your NGO supports. */
  survivorId: Scalars['ID']['input'];
  /** End of validity: ISO 8601 date-time with a time zone, or a date (valid through that day, UTC). Omitted: until withdrawn. */
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

/** Europol SIENA handling code: the owning agency's conditions on onward use of a record, applying to the whole record. */
export const HandlingCode = {
  /** No restriction beyond the purpose: may be used for judicial proceedings. Other agencies' investigators see the record. */
  H0: 'H0',
  /** Not to be used in judicial proceedings without the owning agency's permission. Other agencies' investigators see the record only while investigating, never for analysis. */
  H1: 'H1',
  /** Not to be disseminated further without the owning agency's permission. Only the owning agency sees the record's content; others see who owns it, to ask. */
  H2: 'H2',
  /** Other restrictions, stated by the owning agency. Beacon enforces them as H2: only the owning agency sees the record's content. */
  H3: 'H3'
} as const;

export type HandlingCode = typeof HandlingCode[keyof typeof HandlingCode];
/** A name: given name(s) and family name. */
export type HolderNameInput = {
  /** Family name. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name(s). */
  givenName?: InputMaybe<Scalars['String']['input']>;
};

/** An identity document. */
export type IdentityDocumentInput = {
  /** Issuing state, ISO 3166-1 alpha-2. */
  issuingCountry: Scalars['String']['input'];
  /** The document number; spaces and dashes are ignored when matching. */
  number: Scalars['String']['input'];
  /** PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, DRIVING_LICENCE or OTHER. */
  type: Scalars['String']['input'];
};

/** The reliability of an incident report's source, graded as Europol's 4x4 source evaluation grades it. */
export const IncidentReliability = {
  /** No doubt about the authenticity, trustworthiness and competence of the source, or it has proved reliable in all instances. */
  A: 'A',
  /** The source has in most instances proved to be reliable. */
  B: 'B',
  /** The source has in most instances proved to be unreliable. */
  C: 'C',
  /** The reliability of the source cannot be assessed. */
  X: 'X'
} as const;

export type IncidentReliability = typeof IncidentReliability[keyof typeof IncidentReliability];
/** Where an incident report came from. */
export const IncidentSource = {
  /** A call or message to the NGO's hotline. */
  Hotline: 'HOTLINE',
  /** Published material: news, classified ads, social media. */
  OpenSource: 'OPEN_SOURCE',
  /** Another organisation passed it on. */
  Partner: 'PARTNER'
} as const;

export type IncidentSource = typeof IncidentSource[keyof typeof IncidentSource];
/** Europol 4×4 evaluation: the accuracy of the information (grades 1–4). */
export const InformationAccuracy = {
  /** Grade 4: not known personally to the source and cannot be corroborated. */
  CannotBeJudged: 'CANNOT_BE_JUDGED',
  /** Grade 3: not known personally to the source but corroborated by information already recorded. */
  Corroborated: 'CORROBORATED',
  /** Grade 2: known personally to the source but not to the official passing it on. */
  KnownToSource: 'KNOWN_TO_SOURCE',
  /** Grade 1: information whose accuracy is not in doubt. */
  KnownWithoutReservation: 'KNOWN_WITHOUT_RESERVATION'
} as const;

export type InformationAccuracy = typeof InformationAccuracy[keyof typeof InformationAccuracy];
/** How a journey leg was travelled. */
export const JourneyLegMode = {
  /** By plane. */
  Air: 'AIR',
  /** On foot, e.g. across a land border. */
  Foot: 'FOOT',
  /** Another way, or not recorded. */
  Other: 'OTHER',
  /** By train. */
  Rail: 'RAIL',
  /** By car, bus, lorry or other road vehicle. */
  Road: 'ROAD',
  /** By ship or boat, including ferries and small craft. */
  Sea: 'SEA'
} as const;

export type JourneyLegMode = typeof JourneyLegMode[keyof typeof JourneyLegMode];
/** How a law-enforcement measure can be broken down (cases: EXPLOITATION_TYPE; suspects: PERPETRATOR_ROLE; journey legs: MODE). */
export const LawEnforcementDimension = {
  /** HTCDS type of exploitation of the case (several per case). */
  ExploitationType: 'EXPLOITATION_TYPE',
  /** How the leg was travelled: ROAD, RAIL, AIR, SEA, FOOT, OTHER. */
  Mode: 'MODE',
  /** HTCDS role in the process (several per suspect). */
  PerpetratorRole: 'PERPETRATOR_ROLE'
} as const;

export type LawEnforcementDimension = typeof LawEnforcementDimension[keyof typeof LawEnforcementDimension];
/** What the law-enforcement sector counts (cases handled H0 or H1 only). */
export const LawEnforcementMeasure = {
  /** Cases, in their jurisdiction and the month they were opened. */
  Cases: 'CASES',
  /** Journey legs, at the place they arrive and the month travelled; a route from the country left to the country reached. */
  JourneyLegs: 'JOURNEY_LEGS',
  /** Suspects' person records, in their case's jurisdiction and opening month. */
  Suspects: 'SUSPECTS'
} as const;

export type LawEnforcementMeasure = typeof LawEnforcementMeasure[keyof typeof LawEnforcementMeasure];
/** One keyed encoding of one identifier. */
export type LinkageKeyInput = {
  /** The identifier kind the key was derived from. */
  kind: LinkageKeyKind;
  /** Lower-case hex HMAC-SHA256 (64 characters). */
  value: Scalars['String']['input'];
};

/** Which identifier an exact linkage key was derived from. */
export const LinkageKeyKind = {
  /** An identity document number with its issuing country. */
  Document: 'DOCUMENT',
  /** An e-mail address, folded to lower case. */
  Email: 'EMAIL',
  /** The normalised full name together with the date of birth. */
  NameDob: 'NAME_DOB',
  /** A phone number, E.164. */
  Phone: 'PHONE'
} as const;

export type LinkageKeyKind = typeof LinkageKeyKind[keyof typeof LinkageKeyKind];
/** An address to look up. */
export type LinkageLookupAddressInput = {
  /** Country name or ISO 3166 alpha-2 code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Town, suburb or city. */
  locality?: InputMaybe<Scalars['String']['input']>;
  /** Postal code. */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** State, province or county. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Street name with its type. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** House or building number. */
  streetNumber?: InputMaybe<Scalars['String']['input']>;
};

/** An identity document to look up. */
export type LinkageLookupDocumentInput = {
  /** ISO 3166 code of the issuing state. */
  issuingCountry: Scalars['String']['input'];
  /** The document number as written. */
  number: Scalars['String']['input'];
  /** PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, DRIVING_LICENCE or OTHER. */
  type: Scalars['String']['input'];
};

/** Identifiers of someone the caller is looking for. They stay in the caller's own sector subgraph, which derives keyed encodings and asks the hub. */
export type LinkageLookupInput = {
  /** An address. */
  address?: InputMaybe<LinkageLookupAddressInput>;
  /** Date of birth (ISO 8601 or another unambiguous layout). */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Identity documents. */
  documents?: InputMaybe<Array<LinkageLookupDocumentInput>>;
  /** E-mail addresses. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Names and aliases. */
  names?: InputMaybe<Array<LinkageLookupNameInput>>;
  /** Phone numbers, international or national. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A name to look up. */
export type LinkageLookupNameInput = {
  /** Family name, in any script. */
  family?: InputMaybe<Scalars['String']['input']>;
  /** Given name(s), in any script. */
  given?: InputMaybe<Scalars['String']['input']>;
};

/** Keys a sector subgraph derived from identifiers its caller sent, to ask whether the hub knows the person. Never stored. */
export type LinkageProbeInput = {
  /** Keyed blocking keys, as in a publication. */
  blockingKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The fuzzy encoding, as in a publication. */
  encoding?: InputMaybe<Scalars['String']['input']>;
  /** Identity blocking keys, as in a publication. */
  identityKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Exact keys of the identifiers. */
  keys: Array<LinkageKeyInput>;
};

/** How the trafficker controlled the survivor: the 16 values of HTCDS 2.0 `vic_MethodsOfControl`. */
export const MethodOfControl = {
  /** HTCDS "Debt bondage" (`DebtBondage`). Indicates whether the individual is forced to work to pay off a created or perceived debt. The individual is deceived to work for little or no pay, with no control over his/her debt. Debt bondage is defined as the status or condition arising from a pledge by a debtor of his personal services or of those of a person under his control as security for a debt, if the value of those services as reasonably assessed is not applied towards the liquidation of the debt or the length and nature of those services are not respectively limited and defined (United Nations' 1956 Supplementary Convention on the Abolition of Slavery). */
  DebtBondage: 'DEBT_BONDAGE',
  /** HTCDS "Excessive working hours" (`ExcessiveWorkingHours`). Indicates whether the individual was required to work a significant number of hours in excess of what they were contracted or promised; could include over-time, late or atypical shifts, or overnight hours. Could be used a means for keeping the individual isolated and/or unable to seek help or report their situation. In some instances, work hours may be so excessive as to cause physical and/or mental health issues which may also limit the individual’s capacity to seek help or report their situation. */
  ExcessiveWorkingHours: 'EXCESSIVE_WORKING_HOURS',
  /** HTCDS "False promises" (`FalsePromises`). Indicates whether the individual was defrauded or tricked into entering the exploitative situation by their exploiter(s) using deception and false pretenses. */
  FalsePromises: 'FALSE_PROMISES',
  /** HTCDS "Other" (`Other`). Indicates whether the exploiter used a tactic intended to create or maintain power and control over the individual that cannot reasonably fit in any of the previous categories. */
  Other: 'OTHER',
  /** HTCDS "Physical abuse" (`PhysicalAbuse`). Indicates whether the individual experienced a situation in which their exploiter(s) acted to cause physical injury, pain, disability, death or trauma to the individual. This includes but not limited to shoving, strangulation, shaking, slapping, punching, kicking, pulling hair, burning, branding or tattooing, the use of a weapon, or using one’s size and strength against the individual. Physical acts of a sexual abuse are considered distinct and are categorized in the MethodsOfControlSexualAbuse variable. */
  PhysicalAbuse: 'PHYSICAL_ABUSE',
  /** HTCDS "Physical threats" (`PhysicalThreats`). Indicates whether the individual experienced a situation in which his/her exploiter(s) explicitly or implicitly communicated an intent to inflict harm or loss on the individual or another. Threats to report or contact law enforcement in order to negatively impact the individual or another are considered distinct and are categorized in the MethodsOfControlThreatOfLawEnforcement variable. */
  PhysicalThreats: 'PHYSICAL_THREATS',
  /** HTCDS "Psychoactive substance" (`PsychoactiveSubstance`). Indicates whether the exploiter(s) induced the individual into substance abuse, provided substances to make the individual compliant or in order to influence their behavior, or exploited an existing substance abuse issue. */
  PsychoactiveSubstance: 'PSYCHOACTIVE_SUBSTANCE',
  /** HTCDS "Psychological abuse" (`PsychologicalAbuse`). Indicates whether the individual experienced a situation in which their exploiter(s) used emotionally abusive, deceptive, or devious tactics to influence the individual. This may include, but is not limited to, name calling, verbal abuse, humiliating in front of others, manipulating real or perceived power imbalances, or shaming, blaming the individual. It may also include acts intended to exploit or prey upon any familial or romantic bonds/attachments the individual has with their exploiter(s). */
  PsychologicalAbuse: 'PSYCHOLOGICAL_ABUSE',
  /** HTCDS "Restricts financial access" (`RestrictsFinancialAccess`). Indicates whether the individual experienced a situation in which his/her exploiter(s) prohibited or restricted the individual's access to necessary daily living funds or their own personal finances. This includes but not limited to, controlling an individual’s personal bank account, bank/credit cards, or overtly stealing the individual’s personal funds. */
  RestrictsFinancialAccess: 'RESTRICTS_FINANCIAL_ACCESS',
  /** HTCDS "Restricts medical care" (`RestrictsMedicalCare`). Indicates whether the exploiter(s) limited the individual’s access to medical or health services. Including but not limited to necessary medical care or treatment being withheld, or when access to such treatment was controlled by the exploiter(s). This category also includes situations in which the individual was unable to access or interact with health services without being accompanied or monitored by the exploiter(s). */
  RestrictsMedicalCare: 'RESTRICTS_MEDICAL_CARE',
  /** HTCDS "Sexual abuse" (`SexualAbuse`). Indicates whether the individual experienced any kind of unwanted or non-consenting sexual contact from their exploiter(s) as a means by which to control the individual, rather than a purpose for which the individual was trafficked, in order to influence their behavior. This includes, but is not limited to, using sexual acts, assault, or contact as punishment or manipulation or normalizing sexual violence. It also includes coercive behavior that interferes with the individual’s ability to control his/her reproductive life, including but not limited to, forcing/coercing the individual to terminate or continue a pregnancy against their will, manipulating birth control, intentionally exposing someone to an STI, preventing condom negotiation, and/or attempting to or impregnating the individual without their consent. */
  SexualAbuse: 'SEXUAL_ABUSE',
  /** HTCDS "Takes earnings" (`TakesEarnings`). Indicates whether the individual has experienced a situation where the exploiters have taken his/her remuneration in order to control him/her. */
  TakesEarnings: 'TAKES_EARNINGS',
  /** HTCDS "Threatens children/family" (`ThreatensChildrenFamily`). */
  ThreatensChildrenFamily: 'THREATENS_CHILDREN_FAMILY',
  /** HTCDS "Threats of law enforcement" (`ThreatsLawEnforcement`). Indicates whether the individual experienced a situation in which their exploiter(s) explicitly or implicitly communicated an intent to contact or involve law enforcement or other relevant authorities, such as immigration authorities, in order to negatively impact the individual or another. */
  ThreatsLawEnforcement: 'THREATS_LAW_ENFORCEMENT',
  /** HTCDS "Withholds documents" (`WithholdsDocuments`). Indicates whether the individual experienced a situation in which their exploiter(s) limited, restricted, or controlled the individual’s access to important documents including, but not limited to, the individual’s passport, immigration documents, work permit, identification card, government benefit documents, birth certificate, gender identity carry letter, court-issued protection orders, custody papers, or other legal, official, or government documents. */
  WithholdsDocuments: 'WITHHOLDS_DOCUMENTS',
  /** HTCDS "Withholds necessities" (`WithholdsNecessities`). Indicates whether the individual experienced a situation in which their exploiter(s) denied, restricted, or threatened to deny/restrict basic living necessities such as food, shelter, water, hygiene, appropriate clothes, or necessary items for religious observance or gender expression. */
  WithholdsNecessities: 'WITHHOLDS_NECESSITIES'
} as const;

export type MethodOfControl = typeof MethodOfControl[keyof typeof MethodOfControl];
/** How the survivor was recruited: the 10 values of HTCDS 2.0 `vic_MethodOfRecruitment`. */
export const MethodOfRecruitment = {
  /** HTCDS "At an educational institution" (`AtAnEducationalInstitution`). */
  AtAnEducationalInstitution: 'AT_AN_EDUCATIONAL_INSTITUTION',
  /** HTCDS "At a place of business" (`AtAPlaceOfBusiness`). */
  AtAPlaceOfBusiness: 'AT_A_PLACE_OF_BUSINESS',
  /** HTCDS "At work" (`AtWork`). */
  AtWork: 'AT_WORK',
  /** HTCDS "Other" (`Other`). */
  Other: 'OTHER',
  /** HTCDS "Through an online advertisement" (`ThroughAnOnlineAdvertisement`). */
  ThroughAnOnlineAdvertisement: 'THROUGH_AN_ONLINE_ADVERTISEMENT',
  /** HTCDS "Through a newspaper advert" (`ThroughANewspaperAdvert`). */
  ThroughANewspaperAdvert: 'THROUGH_A_NEWSPAPER_ADVERT',
  /** HTCDS "Through a television advert" (`ThroughATelevisionAdvert`). */
  ThroughATelevisionAdvert: 'THROUGH_A_TELEVISION_ADVERT',
  /** HTCDS "Through family or family events" (`ThroughFamilyOrFamilyEvents`). */
  ThroughFamilyOrFamilyEvents: 'THROUGH_FAMILY_OR_FAMILY_EVENTS',
  /** HTCDS "Through friends or social events" (`ThroughFriendsOrSocialEvents`). */
  ThroughFriendsOrSocialEvents: 'THROUGH_FRIENDS_OR_SOCIAL_EVENTS',
  /** HTCDS "Through online social networks" (`ThroughOnlineSocialNetworks`). */
  ThroughOnlineSocialNetworks: 'THROUGH_ONLINE_SOCIAL_NETWORKS'
} as const;

export type MethodOfRecruitment = typeof MethodOfRecruitment[keyof typeof MethodOfRecruitment];
/** How an NGO measure can be broken down (survivors: all but SOURCE; incidents: EXPLOITATION_TYPE and SOURCE). */
export const NgoDimension = {
  /** CTDC's broad age bands at the time of trafficking (0–8 … 48+), UNKNOWN when not recorded. */
  AgeBand: 'AGE_BAND',
  /** ISO 3166 citizenship (several per survivor); only categories with a shown count are listed. */
  Citizenship: 'CITIZENSHIP',
  /** HTCDS type of exploitation (a survivor can count in several). */
  ExploitationType: 'EXPLOITATION_TYPE',
  /** HTCDS gender. */
  Gender: 'GENDER',
  /** HTCDS method of control (several per survivor). */
  MethodOfControl: 'METHOD_OF_CONTROL',
  /** HTCDS method of recruitment (several per survivor). */
  MethodOfRecruitment: 'METHOD_OF_RECRUITMENT',
  /** Where an incident report came from: HOTLINE, OPEN_SOURCE, PARTNER. */
  Source: 'SOURCE'
} as const;

export type NgoDimension = typeof NgoDimension[keyof typeof NgoDimension];
/** What the NGO sector counts. */
export const NgoMeasure = {
  /** Non-personal incident reports (hotline, open source, partner), at their place and day. */
  Incidents: 'INCIDENTS',
  /** Survivors NGOs support, placed where (and when) they were exploited; a route from where they were recruited. */
  Survivors: 'SURVIVORS'
} as const;

export type NgoMeasure = typeof NgoMeasure[keyof typeof NgoMeasure];
/** An account to open: its kind, number, country and holders (existing or new customers). */
export type OpenAccountInput = {
  /** Country of the account, ISO 3166-1 alpha-2; taken from the IBAN when omitted. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Existing customers of your institution who hold the account. */
  holderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New customers who hold the account, opened with it. */
  holders?: InputMaybe<Array<AccountHolderInput>>;
  /** IBAN, printed or electronic form; its check digits are verified. */
  iban?: InputMaybe<Scalars['String']['input']>;
  /** Another account number, for accounts without an IBAN. */
  localNumber?: InputMaybe<Scalars['String']['input']>;
  /** Date the account was opened, YYYY-MM-DD. */
  openedOn?: InputMaybe<Scalars['String']['input']>;
  /** Date (YYYY-MM-DD) after which the account is deleted; omitted while open. */
  retentionUntil?: InputMaybe<Scalars['String']['input']>;
  /** The account's id in the institution's own system; opening the same one twice opens it once. */
  sourceRecordId?: InputMaybe<Scalars['String']['input']>;
  /** CURRENT, SAVINGS, BUSINESS, PREPAID_CARD, MONEY_SERVICE, CRYPTO_WALLET or OTHER. */
  type: Scalars['String']['input'];
};

/** A new case, as its investigating agency opens it. */
export type OpenCaseInput = {
  /** When it closed, YYYY-MM-DD; required for CLOSED and ARCHIVED, refused otherwise. */
  closedOn?: InputMaybe<Scalars['String']['input']>;
  /** SIENA handling code H0, H1, H2 or H3: never defaulted, the owner decides. */
  handlingCode: Scalars['String']['input'];
  /** Europol information accuracy: an InformationAccuracy name or its grade 1–4. */
  informationAccuracy: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country whose law the case is investigated under. */
  jurisdiction: Scalars['String']['input'];
  /** When it was opened, YYYY-MM-DD; not in the future. */
  openedOn: Scalars['String']['input'];
  /** The agency's own case reference; unique within the agency. */
  reference: Scalars['String']['input'];
  /** The day after which the case and its records are erased, YYYY-MM-DD; not in the past. */
  retentionUntil: Scalars['String']['input'];
  /** Europol source reliability: A, B, C or X. */
  sourceReliability: Scalars['String']['input'];
  /** OPEN (default), SUSPENDED, CLOSED or ARCHIVED. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** CaseExploitationType values (or their HTCDS names, e.g. ForcedLabour). */
  typesOfExploitation?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The kind of organisation, per HTCDS 2.0 `org_Type`. */
export const OrganisationType = {
  /** HTCDS "Central Government Organisation" (`CentralGovernmentOrganisation`). */
  CentralGovernmentOrganisation: 'CENTRAL_GOVERNMENT_ORGANISATION',
  /** HTCDS "Corporate Business" (`CorporateBusiness`). */
  CorporateBusiness: 'CORPORATE_BUSINESS',
  /** HTCDS "Health Service Organisation" (`HealthServiceOrganisation`). */
  HealthServiceOrganisation: 'HEALTH_SERVICE_ORGANISATION',
  /** HTCDS "Immigration Service" (`ImmigrationService`). */
  ImmigrationService: 'IMMIGRATION_SERVICE',
  /** HTCDS "Law Enforcement" (`LawEnforcement`). */
  LawEnforcement: 'LAW_ENFORCEMENT',
  /** HTCDS "Legal Service" (`LegalService`). */
  LegalService: 'LEGAL_SERVICE',
  /** HTCDS "Local Government Organisation" (`LocalGovernmentOrganisation`). */
  LocalGovernmentOrganisation: 'LOCAL_GOVERNMENT_ORGANISATION',
  /** HTCDS "NGO" (`NGO`). */
  Ngo: 'NGO',
  /** HTCDS "School or College" (`SchoolOrCollege`). */
  SchoolOrCollege: 'SCHOOL_OR_COLLEGE'
} as const;

export type OrganisationType = typeof OrganisationType[keyof typeof OrganisationType];
/** A suspect's role in the trafficking process: HTCDS v2 `per_RoleInProcess` (the HTCDS value name in brackets). */
export const PerpetratorRole = {
  /** Abuser (`Abuser`). */
  Abuser: 'ABUSER',
  /** Bought the victim (`BoughtIndividual`). */
  BoughtIndividual: 'BOUGHT_INDIVIDUAL',
  /** Broker or travel agent (`BrokerTravelAgent`). */
  BrokerTravelAgent: 'BROKER_TRAVEL_AGENT',
  /** Controlled the victim (`ControlledIndividual`). */
  ControlledIndividual: 'CONTROLLED_INDIVIDUAL',
  /** Exploiter (`Exploiter`). */
  Exploiter: 'EXPLOITER',
  /** Harboured the victim (`HarbouredIndividual`). */
  HarbouredIndividual: 'HARBOURED_INDIVIDUAL',
  /** Kidnapper (`Kidnapper`). */
  Kidnapper: 'KIDNAPPER',
  /** Another role (`Other`). */
  Other: 'OTHER',
  /** Received the victim (`ReceivedIndividual`). */
  ReceivedIndividual: 'RECEIVED_INDIVIDUAL',
  /** Recruited the victim or acted as intermediary (`RecruiterOrIntermediary`). */
  RecruiterOrIntermediary: 'RECRUITER_OR_INTERMEDIARY',
  /** Smuggler (`Smuggler`). */
  Smuggler: 'SMUGGLER',
  /** Sold the victim (`SoldIndividual`). */
  SoldIndividual: 'SOLD_INDIVIDUAL',
  /** Transferred the victim (`TransferredIndividual`). */
  TransferredIndividual: 'TRANSFERRED_INDIVIDUAL',
  /** Transported the victim (`Transporter`). */
  Transporter: 'TRANSPORTER',
  /** Travelled with the victim (`TravellingPartner`). */
  TravellingPartner: 'TRAVELLING_PARTNER'
} as const;

export type PerpetratorRole = typeof PerpetratorRole[keyof typeof PerpetratorRole];
/** The role a person plays in a case. Records of different categories are linked, never merged. */
export const PersonCategory = {
  /** Suspected of trafficking or of taking part in it. */
  Suspect: 'SUSPECT',
  /** A (presumed) victim of trafficking. */
  Victim: 'VICTIM',
  /** A witness in the case. */
  Witness: 'WITNESS'
} as const;

export type PersonCategory = typeof PersonCategory[keyof typeof PersonCategory];
/** Whether a name is the one a person is recorded under (exactly one per record) or an alias. */
export const PersonNameKind = {
  /** Another name the person uses or is known by. */
  Alias: 'ALIAS',
  /** The name the person is recorded under. */
  Primary: 'PRIMARY'
} as const;

export type PersonNameKind = typeof PersonNameKind[keyof typeof PersonNameKind];
/** A postal address: a country and at least a street, a locality or a postcode. */
export type PersonRecordAddressInput = {
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  /** Town, suburb or city. */
  locality?: InputMaybe<Scalars['String']['input']>;
  /** Postal code. */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** State, province or county. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Street name. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** House or building number. */
  streetNumber?: InputMaybe<Scalars['String']['input']>;
};

/** An identity document. */
export type PersonRecordDocumentInput = {
  /** The issuing state, ISO 3166-1 alpha-2. */
  issuingCountry: Scalars['String']['input'];
  /** The number as written on the document. */
  number: Scalars['String']['input'];
  /** PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, DRIVING_LICENCE or OTHER. */
  type: Scalars['String']['input'];
};

/** The kind of an identity document recorded on a person record. */
export const PersonRecordDocumentType = {
  /** A driving licence. */
  DrivingLicence: 'DRIVING_LICENCE',
  /** A national identity card. */
  NationalId: 'NATIONAL_ID',
  /** Another identity document. */
  Other: 'OTHER',
  /** A passport. */
  Passport: 'PASSPORT',
  /** A residence or work permit. */
  ResidencePermit: 'RESIDENCE_PERMIT'
} as const;

export type PersonRecordDocumentType = typeof PersonRecordDocumentType[keyof typeof PersonRecordDocumentType];
/** Which of the agency's person records to list. */
export type PersonRecordFilter = {
  /** Only records on this case. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this category: SUSPECT, VICTIM or WITNESS. */
  category?: InputMaybe<Scalars['String']['input']>;
};

/** A name a person is recorded under or known by. */
export type PersonRecordNameInput = {
  /** Family name. */
  family?: InputMaybe<Scalars['String']['input']>;
  /** Given name(s). */
  given?: InputMaybe<Scalars['String']['input']>;
  /** PRIMARY or ALIAS; by default the first name is PRIMARY and the rest are aliases. */
  kind?: InputMaybe<Scalars['String']['input']>;
};

/** One leg of a journey, recorded on a case (and usually for one person on it). */
export type RecordJourneyLegInput = {
  /** Whether it crossed a border; defaults to whether from and to are in different countries. */
  borderCrossing?: InputMaybe<Scalars['Boolean']['input']>;
  /** The case: one of the caller's agency's. */
  caseId: Scalars['ID']['input'];
  /** Where the border was crossed, when known. */
  crossingPoint?: InputMaybe<Scalars['String']['input']>;
  /** When it was travelled, YYYY-MM-DD; not in the future. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Where it started: ISO 3166-1 alpha-2 country or UN/LOCODE. */
  from: Scalars['String']['input'];
  /** ROAD, RAIL, AIR, SEA, FOOT or OTHER. */
  mode: Scalars['String']['input'];
  /** The person on that case who travelled it, if known. */
  personRecordId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it ended: ISO 3166-1 alpha-2 country or UN/LOCODE. */
  to: Scalars['String']['input'];
};

/** A person to record on a case. */
export type RecordPersonInput = {
  /** Postal addresses. */
  addresses?: InputMaybe<Array<PersonRecordAddressInput>>;
  /** The case: one of the caller's agency's. */
  caseId: Scalars['ID']['input'];
  /** SUSPECT, VICTIM or WITNESS. */
  category: Scalars['String']['input'];
  /** YYYY-MM-DD; not in the future. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Identity documents. */
  documents?: InputMaybe<Array<PersonRecordDocumentInput>>;
  /** E-mail addresses. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The recorded name and any aliases; exactly one PRIMARY. */
  names: Array<PersonRecordNameInput>;
  /** ISO 3166-1 alpha-2 codes. */
  nationalities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** For suspects only: PerpetratorRole values (or their HTCDS names). */
  perpetratorRoles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Phone numbers in international form (+…). */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The source system's id; recording the same id again returns the first record. */
  sourceRecordId?: InputMaybe<Scalars['String']['input']>;
};

/** A sector's publication of one record to the hub: references and keys, never raw identifiers. */
export type RecordPublicationInput = {
  /** Keyed blocking keys, 6 bytes each in standard base64 (8 characters). */
  blockingKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SUSPECT, VICTIM, WITNESS, SURVIVOR or ACCOUNT_HOLDER. */
  category: Scalars['String']['input'];
  /** Sectors that may learn this record exists. */
  discoverableBy: Array<Sector>;
  /** The hardened Bloom-filter encoding of names, birth date and address: standard base64 of the federation-wide length. */
  encoding?: InputMaybe<Scalars['String']['input']>;
  /** True when the record was erased at its owner. */
  erased: Scalars['Boolean']['input'];
  /** The blocking keys (a subset) that speak of the person rather than the household. */
  identityKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Exact keys of the record identifiers. */
  keys: Array<LinkageKeyInput>;
  /** The record's opaque id in its own subgraph. */
  recordId: Scalars['String']['input'];
  /** The federation type that resolves the record in its subgraph. */
  recordType: Scalars['String']['input'];
  /** Keys of what the record shares with others; they relate people, never merge them. */
  relationshipKeys?: InputMaybe<Array<RelationshipKeyInput>>;
};

/** A referral of a survivor your NGO supports to another organisation. */
export type RecordReferralInput = {
  /** The organisation referred to, by name (1–200 characters). */
  organisationName: Scalars['String']['input'];
  /** Its kind (HTCDS `org_Type`), e.g. HEALTH_SERVICE_ORGANISATION or LEGAL_SERVICE. */
  organisationType: Scalars['String']['input'];
  /** Why (HTCDS `cas_ReasonForOutgoingReferral`), e.g. ADDITIONAL_SERVICES_REQUIRED. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** When it was made, ISO 8601 YYYY-MM-DD, not in the future. */
  referredOn: Scalars['String']['input'];
  /** PENDING (default), ACCEPTED, DECLINED or COMPLETED. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** The support she is referred for (HTCDS `spl_Type`), e.g. HEALTH or LEGAL. */
  supportType: Scalars['String']['input'];
  /** The survivor: one your NGO supports. */
  survivorId: Scalars['ID']['input'];
};

/** One leg of a survivor's route, as her caseworker records it: a stage, a place, and a day or a period. */
export type RecordTraffickingEventInput = {
  /** The day, ISO 8601 YYYY-MM-DD, not in the future; or give a period instead. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the period, ISO 8601, not before periodStart. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** First day of the period, ISO 8601, when no single day is known. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Where: an ISO 3166-1 alpha-2 country (MD) or a UN/LOCODE (MDKIV or "MD KIV"). */
  place: Scalars['String']['input'];
  /** RECRUITMENT, TRANSIT or EXPLOITATION (HTCDS `hte_Type`; the HTCDS names read too). */
  stage: Scalars['String']['input'];
  /** The survivor: one your NGO supports. */
  survivorId: Scalars['ID']['input'];
};

/** A human-trafficking red flag computed over transactions (FinCEN FIN-2020-A008, FATF 2018). */
export const RedFlagIndicator = {
  /** A business account taking frequent cash deposits with no payroll payments to match them. */
  CashWithoutPayroll: 'CASH_WITHOUT_PAYROLL',
  /** Repeated payments to online classified-ad or escort-advertising sites. */
  ClassifiedAdPayments: 'CLASSIFIED_AD_PAYMENTS',
  /** Many cash deposits at different places into one account, quickly wired out or withdrawn elsewhere (FIN-2020-A008). */
  FunnelAccount: 'FUNNEL_ACCOUNT',
  /** Many unrelated senders paying into one account within a short time. */
  ManyUnrelatedSenders: 'MANY_UNRELATED_SENDERS',
  /** Several cash deposits just below a reporting threshold within a few days. */
  Structuring: 'STRUCTURING'
} as const;

export type RedFlagIndicator = typeof RedFlagIndicator[keyof typeof RedFlagIndicator];
/** Why a case is referred on, per HTCDS 2.0 `cas_ReasonForOutgoingReferral`. */
export const ReferralReason = {
  /** HTCDS "Additional Services Required" (`AdditionalServicesRequired`). */
  AdditionalServicesRequired: 'ADDITIONAL_SERVICES_REQUIRED',
  /** HTCDS "Migration or Change of Location" (`MigrationOrChangeOfLocation`). */
  MigrationOrChangeOfLocation: 'MIGRATION_OR_CHANGE_OF_LOCATION',
  /** HTCDS "Other" (`Other`). */
  Other: 'OTHER'
} as const;

export type ReferralReason = typeof ReferralReason[keyof typeof ReferralReason];
/** Where a referral stands. */
export const ReferralStatus = {
  /** The receiving organisation took the case on. */
  Accepted: 'ACCEPTED',
  /** The referred service was delivered. */
  Completed: 'COMPLETED',
  /** The receiving organisation could not take the case on. */
  Declined: 'DECLINED',
  /** Made; the receiving organisation has not answered yet. */
  Pending: 'PENDING'
} as const;

export type ReferralStatus = typeof ReferralStatus[keyof typeof ReferralStatus];
/** A survivor an NGO starts to support: a given or family name at least, and any HTCDS victim fields known. */
export type RegisterSurvivorInput = {
  /** Postal addresses; replaces the list. */
  addresses?: InputMaybe<Array<SurvivorAddressInput>>;
  /** Age in years when first trafficked, 0–120; not above her age by dateOfBirth. */
  ageWhenTrafficked?: InputMaybe<Scalars['Int']['input']>;
  /** Other names she is or was known by; replaces the list. */
  aliases?: InputMaybe<Array<SurvivorAliasInput>>;
  /** One citizenship, ISO 3166-1 alpha-2; replaces citizenships. */
  citizenship?: InputMaybe<Scalars['String']['input']>;
  /** Every citizenship, ISO 3166-1 alpha-2; replaces the list. */
  citizenships?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Date of birth, ISO 8601 YYYY-MM-DD; not in the future. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** E-mail addresses; replaces the list. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Family name, in any script (HTCDS `prs_SecondName`). */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Industries of forced labour (HTCDS `vic_ForcedLabourIndustry`), only with FORCED_LABOUR or CHILD_LABOUR: Beacon enum value or HTCDS value name, or the ISIC section letter. */
  forcedLabourIndustries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Gender (HTCDS `prs_Gender`): Beacon enum value or HTCDS value name, e.g. FEMININE. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Given name(s), in any script (HTCDS `prs_FirstName`). */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** Methods of control (HTCDS `vic_MethodsOfControl`): Beacon enum value or HTCDS value name. */
  methodsOfControl?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Methods of recruitment (HTCDS `vic_MethodOfRecruitment`): Beacon enum value or HTCDS value name. */
  methodsOfRecruitment?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Phone numbers, international form (E.164); replaces the list. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Relationship to the trafficker (HTCDS `vic_RelationshipToTrafficker`): Beacon enum value or HTCDS value name. */
  relationshipToTrafficker?: InputMaybe<Scalars['String']['input']>;
  /** Delete the record after this date (ISO 8601, in the future). Default: 5 years after registration. */
  retentionUntil?: InputMaybe<Scalars['String']['input']>;
  /** The NGO's own case-management id: registering it again returns the first record and changes nothing. */
  sourceRecordId?: InputMaybe<Scalars['String']['input']>;
  /** Trafficking status (HTCDS `vic_TraffickingStatus`): Beacon enum value or HTCDS value name. */
  traffickingStatus?: InputMaybe<Scalars['String']['input']>;
  /** Who determined the trafficking status (HTCDS `vic_TraffickingStatusDecisionMakingOrg`), only with a status: Beacon enum value or HTCDS value name. */
  traffickingStatusDeterminedBy?: InputMaybe<Scalars['String']['input']>;
  /** Types of exploitation (HTCDS `vic_TypeOfExploitation`): Beacon enum value or HTCDS value name. */
  typesOfExploitation?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Types of sexual exploitation (HTCDS `vic_TypeOfSexExploitation`), only with SEXUAL_EXPLOITATION: Beacon enum value or HTCDS value name. */
  typesOfSexExploitation?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One keyed encoding of something a record shares with others (an address, a case, an account). */
export type RelationshipKeyInput = {
  /** What the key was derived from. */
  kind: RelationshipKeyKind;
  /** Lower-case hex HMAC-SHA256 (64 characters). */
  value: Scalars['String']['input'];
};

/** What two people share when a relationship key links them: an address, a case, a bank account, or a transaction between their accounts. */
export const RelationshipKeyKind = {
  /** A bank account. */
  Account: 'ACCOUNT',
  /** A postal address. */
  Address: 'ADDRESS',
  /** A law-enforcement case. */
  Case: 'CASE',
  /** Money moved between an account of each (both at one bank): the key of the pair of accounts, with one bit for the publisher's side; it relates the two sides, never two holders of one side. */
  Transaction: 'TRANSACTION'
} as const;

export type RelationshipKeyKind = typeof RelationshipKeyKind[keyof typeof RelationshipKeyKind];
/** The survivor's relationship to the trafficker, per HTCDS 2.0 `vic_RelationshipToTrafficker` (HTCDS spells the third value `Unaquainted`). */
export const RelationshipToTrafficker = {
  /** HTCDS "Acquainted" (`Acquainted`). */
  Acquainted: 'ACQUAINTED',
  /** HTCDS "Familial" (`Familial`). */
  Familial: 'FAMILIAL',
  /** HTCDS "Unaquainted" (`Unaquainted`). */
  Unacquainted: 'UNACQUAINTED'
} as const;

export type RelationshipToTrafficker = typeof RelationshipToTrafficker[keyof typeof RelationshipToTrafficker];
/** A non-personal incident report: where, when, which exploitation, from which source, how reliable. */
export type ReportIncidentInput = {
  /** The day it happened or was seen, ISO 8601 YYYY-MM-DD, not in the future. */
  occurredOn: Scalars['String']['input'];
  /** Where: an ISO 3166-1 alpha-2 country (MD) or a UN/LOCODE (MDKIV). */
  place: Scalars['String']['input'];
  /** The reliability of the source: A, B, C or X. */
  reliability: Scalars['String']['input'];
  /** Delete it after this date (ISO 8601, in the future). Default: 5 years from now. */
  retentionUntil?: InputMaybe<Scalars['String']['input']>;
  /** HOTLINE, OPEN_SOURCE or PARTNER. */
  source: Scalars['String']['input'];
  /** The hotline's own id for it: reporting it again returns the first report. */
  sourceRecordId?: InputMaybe<Scalars['String']['input']>;
  /** The suspected type of exploitation (HTCDS `vic_TypeOfExploitation`), e.g. FORCED_LABOUR. */
  typeOfExploitation: Scalars['String']['input'];
};

/** The kind of member institution. */
export const Sector = {
  /** A bank or other financial institution. */
  Financial: 'FINANCIAL',
  /** The hub operator, which runs the gateway and linkage. */
  Hub: 'HUB',
  /** A police or other law-enforcement agency. */
  LawEnforcement: 'LAW_ENFORCEMENT',
  /** A non-governmental organisation supporting survivors. */
  Ngo: 'NGO'
} as const;

export type Sector = typeof Sector[keyof typeof Sector];
/** Europol 4×4 evaluation: the reliability of the source. */
export const SourceReliability = {
  /** No doubt about authenticity, trustworthiness and competence, or a history of complete reliability. */
  A: 'A',
  /** A source from whom information received has in most instances proved to be reliable. */
  B: 'B',
  /** A source from whom information received has in most instances proved to be unreliable. */
  C: 'C',
  /** The reliability of the source cannot be assessed. */
  X: 'X'
} as const;

export type SourceReliability = typeof SourceReliability[keyof typeof SourceReliability];
/** The kind of support a referral is for, per the HTCDS 2.0 support plan types (`spl_Type`). */
export const SupportType = {
  /** HTCDS "Education" (`Education`). */
  Education: 'EDUCATION',
  /** HTCDS "Financial" (`Financial`). */
  Financial: 'FINANCIAL',
  /** HTCDS "Health" (`Health`). */
  Health: 'HEALTH',
  /** HTCDS "Labour Exploitation Rehabilitation" (`LabourExploitationRehabilitation`). */
  LabourExploitationRehabilitation: 'LABOUR_EXPLOITATION_REHABILITATION',
  /** HTCDS "Legal" (`Legal`). */
  Legal: 'LEGAL',
  /** HTCDS "Livelihood" (`Livelihood`). */
  Livelihood: 'LIVELIHOOD',
  /** HTCDS "Rights-based Training" (`RightsBasedTraining`). */
  RightsBasedTraining: 'RIGHTS_BASED_TRAINING',
  /** HTCDS "Sexual Exploitation Rehabilitation" (`SexualExploitationRehabilitation`). */
  SexualExploitationRehabilitation: 'SEXUAL_EXPLOITATION_REHABILITATION',
  /** HTCDS "Social Care" (`SocialCare`). */
  SocialCare: 'SOCIAL_CARE'
} as const;

export type SupportType = typeof SupportType[keyof typeof SupportType];
/** A postal address; at least one part, and the country as ISO 3166-1 alpha-2. */
export type SurvivorAddressInput = {
  /** City (HTCDS `prs_MailingCity`). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Country, ISO 3166-1 alpha-2 (HTCDS `prs_MailingCountry`). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Postal code (HTCDS `prs_MailingPostalCode`). */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** State or province (HTCDS `prs_MailingState`). */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Street and number (HTCDS `prs_MailingStreet`). */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** Another name a survivor is or was known by; at least one part. */
export type SurvivorAliasInput = {
  /** Family name, in any script. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name(s), in any script. */
  givenName?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows the caller's survivors; every filter has an index behind it. */
export type SurvivorFilterInput = {
  /** Only survivors with this HTCDS trafficking status (enum value or HTCDS name). */
  traffickingStatus?: InputMaybe<Scalars['String']['input']>;
};

/** Where a suspicious-activity report stands. */
export const SuspiciousActivityReportStatus = {
  /** The financial intelligence unit confirmed receipt. */
  Acknowledged: 'ACKNOWLEDGED',
  /** No further action by the filing institution. */
  Closed: 'CLOSED',
  /** Sent to the financial intelligence unit. */
  Filed: 'FILED'
} as const;

export type SuspiciousActivityReportStatus = typeof SuspiciousActivityReportStatus[keyof typeof SuspiciousActivityReportStatus];
/** The pattern a suspicious-activity report describes (FinCEN FIN-2020-A008). */
export const SuspiciousActivityTypology = {
  /** A business account taking frequent cash deposits with no payroll payments to match them. */
  CashWithoutPayroll: 'CASH_WITHOUT_PAYROLL',
  /** Repeated payments to online classified-ad or escort-advertising sites. */
  ClassifiedAdPayments: 'CLASSIFIED_AD_PAYMENTS',
  /** Many cash deposits at different places into one account, quickly wired out or withdrawn elsewhere (FIN-2020-A008). */
  FunnelAccount: 'FUNNEL_ACCOUNT',
  /** Many unrelated senders paying into one account within a short time. */
  ManyUnrelatedSenders: 'MANY_UNRELATED_SENDERS',
  /** Another pattern; the narrative explains it. */
  Other: 'OTHER',
  /** Several cash deposits just below a reporting threshold within a few days. */
  Structuring: 'STRUCTURING'
} as const;

export type SuspiciousActivityTypology = typeof SuspiciousActivityTypology[keyof typeof SuspiciousActivityTypology];
/** The stage of trafficking an event belongs to, per HTCDS 2.0 `hte_Type`: the legs of a route. */
export const TraffickingEventStage = {
  /** HTCDS "Exploitation" (`Exploitation`). */
  Exploitation: 'EXPLOITATION',
  /** HTCDS "Recruitment" (`Recruitment`). */
  Recruitment: 'RECRUITMENT',
  /** HTCDS "Transit" (`Transit`). */
  Transit: 'TRANSIT'
} as const;

export type TraffickingEventStage = typeof TraffickingEventStage[keyof typeof TraffickingEventStage];
/** Whether the person was trafficked, per HTCDS 2.0 `vic_TraffickingStatus`. */
export const TraffickingStatus = {
  /** HTCDS "Actual victim of trafficking" (`ActualVictimOfTrafficking`). Someone who has been determined to be a victim of trafficking. For the purpose of receiving assistance, the organization deems any person a "victim of trafficking" if he or she has been recruited, transported, transferred, harboured, or received by any person for the purpose of exploitation. The organization also deems any migrant a “victim of trafficking” if he or she has been subjected to sexual exploitation, forced labour, slavery or practices similar to slavery, servitude, or the removal of organs, or any similar form of exploitation. Exploitation may be considered the act of taking advantage of something or someone, in particular the act of taking unjust advantage of another for one’s own benefit/ends. */
  ActualVictimOfTrafficking: 'ACTUAL_VICTIM_OF_TRAFFICKING',
  /** HTCDS "Not a victim of trafficking" (`NotAVictimOfTrafficking`). Someone who has been determined not to be a victim of trafficking and whose information has been entered into the case management system. For the purpose of receiving assistance, the organization deems any person a "victim of trafficking" if he or she has been recruited, transported, transferred, harboured, or received by any person for the purpose of exploitation. The organization also deems any migrant a “victim of trafficking” if he or she has been subjected to sexual exploitation, forced labour, slavery or practices similar to slavery, servitude, or the removal of organs, or any similar form of exploitation. Exploitation may be considered the act of taking advantage of something or someone, in particular the act of taking unjust advantage of another for one’s own benefit/ends. */
  NotAVictimOfTrafficking: 'NOT_A_VICTIM_OF_TRAFFICKING',
  /** HTCDS "Possible victim of trafficking" (`PossibleVictimOfTrafficking`). Someone who might be a victim of trafficking but who has not yet been verified. For the purpose of receiving assistance, the organization deems any person a "victim of trafficking" if he or she has been recruited, transported, transferred, harboured, or received by any person for the purpose of exploitation. The organization also deems any migrant a "victim of trafficking" if he or she has been subjected to sexual exploitation, forced labour, slavery or practices similar to slavery, servitude, or the removal of organs, or any similar form of exploitation. Exploitation may be considered the act of taking advantage of something or someone, in particular the act of taking unjust advantage of another for one’s own benefit/ends. */
  PossibleVictimOfTrafficking: 'POSSIBLE_VICTIM_OF_TRAFFICKING'
} as const;

export type TraffickingStatus = typeof TraffickingStatus[keyof typeof TraffickingStatus];
/** The kind of organisation that determined the trafficking status, per HTCDS 2.0 `vic_TraffickingStatusDecisionMakingOrg`. */
export const TraffickingStatusDecisionMaker = {
  /** HTCDS "Court or prosecution" (`CourtOrProsecution`). */
  CourtOrProsecution: 'COURT_OR_PROSECUTION',
  /** HTCDS "NGO" (`NGO`). */
  Ngo: 'NGO',
  /** HTCDS "Non-police governmental organization" (`NonPoliceGovernmentalOrganization`). */
  NonPoliceGovernmentalOrganization: 'NON_POLICE_GOVERNMENTAL_ORGANIZATION',
  /** HTCDS "Other" (`Other`). */
  Other: 'OTHER',
  /** HTCDS "Police" (`Police`). */
  Police: 'POLICE'
} as const;

export type TraffickingStatusDecisionMaker = typeof TraffickingStatusDecisionMaker[keyof typeof TraffickingStatusDecisionMaker];
/** How the money moved. */
export const TransactionChannel = {
  /** A card payment to a merchant. */
  Card: 'CARD',
  /** Cash paid in at a branch, ATM or agent. */
  CashDeposit: 'CASH_DEPOSIT',
  /** Cash taken out at a branch, ATM or agent. */
  CashWithdrawal: 'CASH_WITHDRAWAL',
  /** A cheque paid in or drawn. */
  Cheque: 'CHEQUE',
  /** A transfer to or from a virtual-asset address. */
  Crypto: 'CRYPTO',
  /** A transfer between two accounts of the same institution. */
  Internal: 'INTERNAL',
  /** A transfer through a money-service business. */
  Remittance: 'REMITTANCE',
  /** A credit transfer between banks (SEPA, SWIFT, Faster Payments…). */
  Wire: 'WIRE'
} as const;

export type TransactionChannel = typeof TransactionChannel[keyof typeof TransactionChannel];
/** A transaction to record. One side must be an account of your institution; a side without one is an external counterparty. */
export type TransactionInput = {
  /** Amount in minor units of the currency, as decimal digits ("125000" is EUR 1,250.00). */
  amountMinor: Scalars['String']['input'];
  /** Your reference of the branch, ATM or agent. */
  branchReference?: InputMaybe<Scalars['String']['input']>;
  /** WIRE, CASH_DEPOSIT, CASH_WITHDRAWAL, CARD, REMITTANCE, CRYPTO, CHEQUE or INTERNAL. */
  channel: Scalars['String']['input'];
  /** The external party's country, ISO 3166-1 alpha-2. */
  counterpartyCountry?: InputMaybe<Scalars['String']['input']>;
  /** INDIVIDUAL, BUSINESS, CLASSIFIED_AD_SITE, ESCORT_SERVICE, MONEY_SERVICE_BUSINESS, VIRTUAL_ASSET_SERVICE, GOVERNMENT or UNKNOWN. */
  counterpartyKind?: InputMaybe<Scalars['String']['input']>;
  /** Your opaque reference for the external party (required when a side has no account, except for cash). */
  counterpartyReference?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 currency code. */
  currency: Scalars['String']['input'];
  /** The account the money left, if it is one of yours. */
  fromAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it happened: UN/LOCODE (GB LON) or ISO 3166 country. */
  locationCode?: InputMaybe<Scalars['String']['input']>;
  /** ISO 18245 merchant category code, four digits. */
  merchantCategoryCode?: InputMaybe<Scalars['String']['input']>;
  /** When it happened: ISO 8601 date-time with a time zone. */
  occurredAt: Scalars['String']['input'];
  /** ISO 20022 purpose code, four letters (SALA, SUPP…). */
  purposeCode?: InputMaybe<Scalars['String']['input']>;
  /** Date (YYYY-MM-DD) after which it is deleted; default five years after it happened. */
  retentionUntil?: InputMaybe<Scalars['String']['input']>;
  /** The transaction's id in your own system; recording it twice records it once. */
  sourceRecordId: Scalars['String']['input'];
  /** The account the money reached, if it is one of yours. */
  toAccountId?: InputMaybe<Scalars['ID']['input']>;
};

/** The fixed buckets of a trend within one calendar year. */
export const TrendGranularity = {
  /** Twelve calendar months. */
  Month: 'MONTH',
  /** Four calendar quarters. */
  Quarter: 'QUARTER'
} as const;

export type TrendGranularity = typeof TrendGranularity[keyof typeof TrendGranularity];
/** The type of exploitation, per HTCDS 2.0 `vic_TypeOfExploitation`. */
export const TypeOfExploitation = {
  /** HTCDS "Child labour" (`ChildLabour`). */
  ChildLabour: 'CHILD_LABOUR',
  /** HTCDS "Forced adoption" (`ForcedAdoption`). */
  ForcedAdoption: 'FORCED_ADOPTION',
  /** HTCDS "Forced begging" (`ForcedBegging`). */
  ForcedBegging: 'FORCED_BEGGING',
  /** HTCDS "Forced labour" (`ForcedLabour`). */
  ForcedLabour: 'FORCED_LABOUR',
  /** HTCDS "Forced marriage" (`ForcedMarriage`). */
  ForcedMarriage: 'FORCED_MARRIAGE',
  /** HTCDS "Forced military (by non-state actors)" (`ForcedMilitaryByNonStateActors`). */
  ForcedMilitaryByNonStateActors: 'FORCED_MILITARY_BY_NON_STATE_ACTORS',
  /** HTCDS "Organ removal" (`OrganRemoval`). */
  OrganRemoval: 'ORGAN_REMOVAL',
  /** HTCDS "Other" (`Other`). */
  Other: 'OTHER',
  /** HTCDS "Servitude" (`Servitude`). */
  Servitude: 'SERVITUDE',
  /** HTCDS "Sexual exploitation" (`SexualExploitation`). */
  SexualExploitation: 'SEXUAL_EXPLOITATION',
  /** HTCDS "Surrogacy" (`Surrogacy`). */
  Surrogacy: 'SURROGACY'
} as const;

export type TypeOfExploitation = typeof TypeOfExploitation[keyof typeof TypeOfExploitation];
/** The type of sexual exploitation, per HTCDS 2.0 `vic_TypeOfSexExploitation`. */
export const TypeOfSexExploitation = {
  /** HTCDS "Pornography" (`Pornography`). */
  Pornography: 'PORNOGRAPHY',
  /** HTCDS "Private Sexual Services" (`PrivateSexualServices`). */
  PrivateSexualServices: 'PRIVATE_SEXUAL_SERVICES',
  /** HTCDS "Prostitution" (`Prostitution`). */
  Prostitution: 'PROSTITUTION',
  /** HTCDS "Remote Interactive Services" (`RemoteInteractiveServices`). */
  RemoteInteractiveServices: 'REMOTE_INTERACTIVE_SERVICES'
} as const;

export type TypeOfSexExploitation = typeof TypeOfSexExploitation[keyof typeof TypeOfSexExploitation];
/** Changes to a customer: a field left out stays as it is, a field set to null is cleared, a list replaces the old list. */
export type UpdateAccountHolderInput = {
  /** Postal addresses, current first. */
  addresses?: InputMaybe<Array<AddressInput>>;
  /** Other names the customer is known by. */
  aliases?: InputMaybe<Array<HolderNameInput>>;
  /** Date of birth, YYYY-MM-DD. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Identity documents seen. */
  documents?: InputMaybe<Array<IdentityDocumentInput>>;
  /** E-mail addresses. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Family name. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name(s). */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** Nationalities, ISO 3166-1 alpha-2. */
  nationalities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Phone numbers, international form. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Date (YYYY-MM-DD) after which the record is deleted. */
  retentionUntil?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a case; fields left out stay as they are. */
export type UpdateCaseInput = {
  /** YYYY-MM-DD; null clears it (when reopening). */
  closedOn?: InputMaybe<Scalars['String']['input']>;
  /** H0, H1, H2 or H3; applies to every record on the case. */
  handlingCode?: InputMaybe<Scalars['String']['input']>;
  /** The case: one of the caller's agency's. */
  id: Scalars['ID']['input'];
  /** An InformationAccuracy name or its grade 1–4. */
  informationAccuracy?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; not in the future. */
  openedOn?: InputMaybe<Scalars['String']['input']>;
  /** A new reference, unique within the agency. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; not in the past. */
  retentionUntil?: InputMaybe<Scalars['String']['input']>;
  /** A, B, C or X. */
  sourceReliability?: InputMaybe<Scalars['String']['input']>;
  /** OPEN, SUSPENDED, CLOSED or ARCHIVED. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the list: CaseExploitationType values. */
  typesOfExploitation?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a person record; fields left out stay as they are, lists given replace the stored ones. */
export type UpdatePersonRecordInput = {
  /** Replaces the addresses. */
  addresses?: InputMaybe<Array<PersonRecordAddressInput>>;
  /** SUSPECT, VICTIM or WITNESS. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; not in the future. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the documents. */
  documents?: InputMaybe<Array<PersonRecordDocumentInput>>;
  /** Replaces the e-mail addresses. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The record: one of the caller's agency's. */
  id: Scalars['ID']['input'];
  /** Replaces the names; exactly one PRIMARY. */
  names?: InputMaybe<Array<PersonRecordNameInput>>;
  /** ISO 3166-1 alpha-2 codes. */
  nationalities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** For suspects only: PerpetratorRole values. */
  perpetratorRoles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the phone numbers. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a survivor's record: omitted fields stay as they are, null clears one, a list replaces the list. */
export type UpdateSurvivorInput = {
  /** Postal addresses; replaces the list. */
  addresses?: InputMaybe<Array<SurvivorAddressInput>>;
  /** Age in years when first trafficked, 0–120; not above her age by dateOfBirth. */
  ageWhenTrafficked?: InputMaybe<Scalars['Int']['input']>;
  /** Other names she is or was known by; replaces the list. */
  aliases?: InputMaybe<Array<SurvivorAliasInput>>;
  /** One citizenship, ISO 3166-1 alpha-2; replaces citizenships. */
  citizenship?: InputMaybe<Scalars['String']['input']>;
  /** Every citizenship, ISO 3166-1 alpha-2; replaces the list. */
  citizenships?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Date of birth, ISO 8601 YYYY-MM-DD; not in the future. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** E-mail addresses; replaces the list. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Family name, in any script (HTCDS `prs_SecondName`). */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Industries of forced labour (HTCDS `vic_ForcedLabourIndustry`), only with FORCED_LABOUR or CHILD_LABOUR: Beacon enum value or HTCDS value name, or the ISIC section letter. */
  forcedLabourIndustries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Gender (HTCDS `prs_Gender`): Beacon enum value or HTCDS value name, e.g. FEMININE. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Given name(s), in any script (HTCDS `prs_FirstName`). */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** Methods of control (HTCDS `vic_MethodsOfControl`): Beacon enum value or HTCDS value name. */
  methodsOfControl?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Methods of recruitment (HTCDS `vic_MethodOfRecruitment`): Beacon enum value or HTCDS value name. */
  methodsOfRecruitment?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Phone numbers, international form (E.164); replaces the list. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Relationship to the trafficker (HTCDS `vic_RelationshipToTrafficker`): Beacon enum value or HTCDS value name. */
  relationshipToTrafficker?: InputMaybe<Scalars['String']['input']>;
  /** Delete the record after this date (ISO 8601, in the future). Default: 5 years after registration. */
  retentionUntil?: InputMaybe<Scalars['String']['input']>;
  /** Trafficking status (HTCDS `vic_TraffickingStatus`): Beacon enum value or HTCDS value name. */
  traffickingStatus?: InputMaybe<Scalars['String']['input']>;
  /** Who determined the trafficking status (HTCDS `vic_TraffickingStatusDecisionMakingOrg`), only with a status: Beacon enum value or HTCDS value name. */
  traffickingStatusDeterminedBy?: InputMaybe<Scalars['String']['input']>;
  /** Types of exploitation (HTCDS `vic_TypeOfExploitation`): Beacon enum value or HTCDS value name. */
  typesOfExploitation?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Types of sexual exploitation (HTCDS `vic_TypeOfSexExploitation`), only with SEXUAL_EXPLOITATION: Beacon enum value or HTCDS value name. */
  typesOfSexExploitation?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CorridorProfileQueryVariables = Exact<{
  origin: Scalars['String']['input'];
  destination: Scalars['String']['input'];
  period: Scalars['String']['input'];
}>;


export type CorridorProfileQuery = { corridor: { origin: string, destination: string, lawEnforcementAggregate: { measure: string, period: string, total: { value: number | null, suppressed: boolean, resolution: number }, breakdown: Array<{ category: string, count: { value: number | null, suppressed: boolean }, amount: { minorUnits: number | null, currency: string, suppressed: boolean } | null }>, other: { value: number | null, suppressed: boolean } | null, provenance: { sector: string, unit: string, caveats: Array<string>, sources: Array<{ kind: string, measures: string }> } } | null, ngoAggregate: { measure: string, period: string, total: { value: number | null, suppressed: boolean, resolution: number }, breakdown: Array<{ category: string, count: { value: number | null, suppressed: boolean }, amount: { minorUnits: number | null, currency: string, suppressed: boolean } | null }>, other: { value: number | null, suppressed: boolean } | null, provenance: { sector: string, unit: string, caveats: Array<string>, sources: Array<{ kind: string, measures: string }> } } | null, financialAggregate: { measure: string, period: string, total: { value: number | null, suppressed: boolean, resolution: number }, breakdown: Array<{ category: string, count: { value: number | null, suppressed: boolean }, amount: { minorUnits: number | null, currency: string, suppressed: boolean } | null }>, other: { value: number | null, suppressed: boolean } | null, provenance: { sector: string, unit: string, caveats: Array<string>, sources: Array<{ kind: string, measures: string }> } } | null } };

export type AggregateFiguresFragment = { measure: string, period: string, total: { value: number | null, suppressed: boolean, resolution: number }, breakdown: Array<{ category: string, count: { value: number | null, suppressed: boolean }, amount: { minorUnits: number | null, currency: string, suppressed: boolean } | null }>, other: { value: number | null, suppressed: boolean } | null, provenance: { sector: string, unit: string, caveats: Array<string>, sources: Array<{ kind: string, measures: string }> } };

export type HotspotsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HotspotsQuery = { lawEnforcementHotspots: { measure: string, year: number, entries: Array<{ origin: string, destination: string | null, count: { value: number | null, resolution: number } }>, provenance: { sector: string, caveats: Array<string>, sources: Array<{ kind: string }> } } | null, ngoHotspots: { measure: string, year: number, entries: Array<{ origin: string, destination: string | null, count: { value: number | null, resolution: number } }>, provenance: { sector: string, caveats: Array<string>, sources: Array<{ kind: string }> } } | null, financialHotspots: { measure: string, year: number, entries: Array<{ origin: string, destination: string | null, count: { value: number | null, resolution: number } }>, provenance: { sector: string, caveats: Array<string>, sources: Array<{ kind: string }> } } | null };

export type RankingFragment = { measure: string, year: number, entries: Array<{ origin: string, destination: string | null, count: { value: number | null, resolution: number } }>, provenance: { sector: string, caveats: Array<string>, sources: Array<{ kind: string }> } };

export type LinkedPeopleQueryVariables = Exact<{
  minSectors?: Scalars['Int']['input'];
}>;


export type LinkedPeopleQuery = { people: Array<{ id: string, personRecords: Array<{ id: string, category: PersonCategory | null, givenName: string | null, familyName: string | null } | null> | null, survivors: Array<{ id: string, givenName: string | null, familyName: string | null, gender: Gender | null } | null> | null, accountHolders: Array<{ id: string, givenName: string | null, familyName: string | null, accountNumber: string | null } | null> | null, evidence: Array<{ sector: Sector, recordType: string, matchedOn: Array<LinkageKeyKind> }> | null }> };

export type LocationProfileQueryVariables = Exact<{
  code: Scalars['String']['input'];
  period: Scalars['String']['input'];
}>;


export type LocationProfileQuery = { location: { code: string, lawEnforcementAggregate: { measure: string, period: string, total: { value: number | null, suppressed: boolean, resolution: number }, breakdown: Array<{ category: string, count: { value: number | null, suppressed: boolean }, amount: { minorUnits: number | null, currency: string, suppressed: boolean } | null }>, other: { value: number | null, suppressed: boolean } | null, provenance: { sector: string, unit: string, caveats: Array<string>, sources: Array<{ kind: string, measures: string }> } } | null, ngoAggregate: { measure: string, period: string, total: { value: number | null, suppressed: boolean, resolution: number }, breakdown: Array<{ category: string, count: { value: number | null, suppressed: boolean }, amount: { minorUnits: number | null, currency: string, suppressed: boolean } | null }>, other: { value: number | null, suppressed: boolean } | null, provenance: { sector: string, unit: string, caveats: Array<string>, sources: Array<{ kind: string, measures: string }> } } | null, financialAggregate: { measure: string, period: string, total: { value: number | null, suppressed: boolean, resolution: number }, breakdown: Array<{ category: string, count: { value: number | null, suppressed: boolean }, amount: { minorUnits: number | null, currency: string, suppressed: boolean } | null }>, other: { value: number | null, suppressed: boolean } | null, provenance: { sector: string, unit: string, caveats: Array<string>, sources: Array<{ kind: string, measures: string }> } } | null } };

export type PlaceFiguresFragment = { measure: string, period: string, total: { value: number | null, suppressed: boolean, resolution: number }, breakdown: Array<{ category: string, count: { value: number | null, suppressed: boolean }, amount: { minorUnits: number | null, currency: string, suppressed: boolean } | null }>, other: { value: number | null, suppressed: boolean } | null, provenance: { sector: string, unit: string, caveats: Array<string>, sources: Array<{ kind: string, measures: string }> } };

export type LookupPersonQueryVariables = Exact<{
  identifiers: LinkageLookupInput;
}>;


export type LookupPersonQuery = { ngoLinkageLookup: { matched: boolean, sectors: Array<string> } | null };

export type MySurvivorsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type MySurvivorsQuery = { survivors: Array<{ id: string, givenName: string | null, familyName: string | null, gender: Gender | null, citizenship: string | null }> };

export type NgoAuditTrailQueryVariables = Exact<{
  recordType: Scalars['String']['input'];
  recordId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NgoAuditTrailQuery = { auditTrail: { recordType: string, recordId: string, ngo: Array<{ id: string, occurredAt: string, requestId: string, actorSub: string, actorOrg: string, actorSector: string, purpose: string | null, justification: string | null, kind: AuditEventKind, fields: Array<string>, outcome: AuditOutcome, errorCode: string | null, hash: string }> | null } | null };

export type PersonNetworkQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
  depth?: Scalars['Int']['input'];
}>;


export type PersonNetworkQuery = { network: { truncated: boolean, start: { id: string }, people: Array<{ id: string, personRecords: Array<{ id: string, category: PersonCategory | null } | null> | null }>, edges: Array<{ sharedOn: Array<RelationshipKeyKind>, strength: number, depth: number, from: { id: string }, to: { id: string } }> } | null };

export type PersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonQuery = { person: { id: string, personRecords: Array<{ id: string, caseReference: string | null, category: PersonCategory | null, givenName: string | null, familyName: string | null, dateOfBirth: string | null, nationalities: Array<string> | null, owningAgency: string | null } | null> | null, survivors: Array<{ id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, gender: Gender | null, citizenship: string | null, owningOrganisation: string | null } | null> | null, accountHolders: Array<{ id: string, givenName: string | null, familyName: string | null, dateOfBirth: string | null, nationality: string | null, accountNumber: string | null, owningInstitution: string | null } | null> | null, evidence: Array<{ sector: Sector, recordType: string, recordId: string, matchedOn: Array<LinkageKeyKind> }> | null } | null };

export type TrendQueryVariables = Exact<{
  code: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  granularity?: InputMaybe<TrendGranularity>;
  category?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrendQuery = { location: { ngoTrend: { measure: string, year: number, granularity: TrendGranularity, category: string | null, total: { value: number | null, suppressed: boolean }, points: Array<{ period: string, count: { value: number | null, suppressed: boolean } }>, provenance: { sector: string, caveats: Array<string> } } | null } };

export const AggregateFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caveats"}}]}}]}}]} as unknown as DocumentNode<AggregateFiguresFragment, unknown>;
export const RankingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ranking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectorRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caveats"}}]}}]}}]} as unknown as DocumentNode<RankingFragment, unknown>;
export const PlaceFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caveats"}}]}}]}}]} as unknown as DocumentNode<PlaceFiguresFragment, unknown>;
export const CorridorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorridorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"origin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destination"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corridor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"origin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"origin"}}},{"kind":"Argument","name":{"kind":"Name","value":"destination"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destination"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"lawEnforcementAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"JOURNEY_LEGS"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"MODE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"SURVIVORS"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"EXPLOITATION_TYPE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"TRANSACTIONS"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CURRENCY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregateFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregateFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caveats"}}]}}]}}]} as unknown as DocumentNode<CorridorProfileQuery, CorridorProfileQueryVariables>;
export const HotspotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hotspots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawEnforcementHotspots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"CASES"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ranking"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoHotspots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"SURVIVORS"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ranking"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialHotspots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"RED_FLAGS"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Ranking"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Ranking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectorRanking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caveats"}}]}}]}}]} as unknown as DocumentNode<HotspotsQuery, HotspotsQueryVariables>;
export const LinkedPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkedPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minSectors"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minSectors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minSectors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survivors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}}]}}]}}]}}]} as unknown as DocumentNode<LinkedPeopleQuery, LinkedPeopleQueryVariables>;
export const LocationProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocationProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"lawEnforcementAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"JOURNEY_LEGS"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"INCIDENTS"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"SOURCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"RED_FLAGS"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"TYPOLOGY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlaceFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlaceFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caveats"}}]}}]}}]} as unknown as DocumentNode<LocationProfileQuery, LocationProfileQueryVariables>;
export const LookupPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LookupPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkageLookupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ngoLinkageLookup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identifiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}}]}}]}}]} as unknown as DocumentNode<LookupPersonQuery, LookupPersonQueryVariables>;
export const MySurvivorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurvivors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}}]}}]}}]} as unknown as DocumentNode<MySurvivorsQuery, MySurvivorsQueryVariables>;
export const NgoAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NgoAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordType"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"ngo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}},{"kind":"Field","name":{"kind":"Name","value":"actorOrg"}},{"kind":"Field","name":{"kind":"Name","value":"actorSector"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]} as unknown as DocumentNode<NgoAuditTrailQuery, NgoAuditTrailQueryVariables>;
export const PersonNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<PersonNetworkQuery, PersonNetworkQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"owningAgency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"survivors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"owningOrganisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"owningInstitution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}}]}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const TrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendGranularity"}},"defaultValue":{"kind":"EnumValue","value":"MONTH"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ngoTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"SURVIVORS"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"EXPLOITATION_TYPE"}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"caveats"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrendQuery, TrendQueryVariables>;