import { foldWords } from './fold-text.js';

/**
 * Full names of the states and territories of Australia, the United States and Canada, folded,
 * by their postal abbreviation — the countries whose sources most often mix the two forms.
 * Other regions are folded but not abbreviated.
 */
const ABBREVIATION_BY_NAME: Readonly<Record<string, string>> = {
  'new south wales': 'nsw', victoria: 'vic', queensland: 'qld', 'south australia': 'sa',
  'western australia': 'wa', tasmania: 'tas', 'northern territory': 'nt', 'australian capital territory': 'act',
  alabama: 'al', alaska: 'ak', arizona: 'az', arkansas: 'ar', california: 'ca', colorado: 'co',
  connecticut: 'ct', delaware: 'de', 'district of columbia': 'dc', florida: 'fl', georgia: 'ga', hawaii: 'hi',
  idaho: 'id', illinois: 'il', indiana: 'in', iowa: 'ia', kansas: 'ks', kentucky: 'ky', louisiana: 'la',
  maine: 'me', maryland: 'md', massachusetts: 'ma', michigan: 'mi', minnesota: 'mn', mississippi: 'ms',
  missouri: 'mo', montana: 'mt', nebraska: 'ne', nevada: 'nv', 'new hampshire': 'nh', 'new jersey': 'nj',
  'new mexico': 'nm', 'new york': 'ny', 'north carolina': 'nc', 'north dakota': 'nd', ohio: 'oh',
  oklahoma: 'ok', oregon: 'or', pennsylvania: 'pa', 'rhode island': 'ri', 'south carolina': 'sc',
  'south dakota': 'sd', tennessee: 'tn', texas: 'tx', utah: 'ut', vermont: 'vt', virginia: 'va',
  washington: 'wa', 'west virginia': 'wv', wisconsin: 'wi', wyoming: 'wy',
  alberta: 'ab', 'british columbia': 'bc', manitoba: 'mb', 'new brunswick': 'nb',
  'newfoundland and labrador': 'nl', 'nova scotia': 'ns', ontario: 'on', 'prince edward island': 'pe',
  quebec: 'qc', saskatchewan: 'sk', 'northwest territories': 'nt', nunavut: 'nu', yukon: 'yt',
};

/**
 * A state, province or county folded to lower-case ASCII words; an Australian, US or Canadian
 * full name becomes its postal abbreviation ("New South Wales" → "nsw"). Names shared across those
 * countries keep one reading: "Western Australia" and "Washington" both give "wa", which only
 * matters for records that differ in everything else. Undefined when no word is left.
 */
export function normaliseRegion(raw: string): string | undefined {
  const folded = foldWords(raw).join(' ');
  if (folded.length === 0) return undefined;
  return Object.hasOwn(ABBREVIATION_BY_NAME, folded) ? ABBREVIATION_BY_NAME[folded] : folded;
}
