import { countryName, isCountryCode } from '../reference-data/index.js';
import { foldWords } from './fold-text.js';

/**
 * Names people write for a country that differ from its English short name in ICU, folded.
 * ICU gives "United Kingdom", "Russia", "United States", "Czechia", "Türkiye" and so on; these are the
 * other spellings common enough in case files to be worth a line.
 */
const ALIASES: Readonly<Record<string, string>> = {
  uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  'northern ireland': 'GB', usa: 'US', 'united states of america': 'US', america: 'US',
  'russian federation': 'RU', 'czech republic': 'CZ', turkey: 'TR', holland: 'NL',
  'the netherlands': 'NL', 'ivory coast': 'CI', burma: 'MM', 'republic of korea': 'KR',
  'south korea': 'KR', 'north korea': 'KP', 'democratic republic of the congo': 'CD', drc: 'CD',
  'republic of the congo': 'CG', 'viet nam': 'VN', 'lao pdr': 'LA', laos: 'LA', moldova: 'MD',
  'republic of moldova': 'MD', 'north macedonia': 'MK', macedonia: 'MK', eswatini: 'SZ', swaziland: 'SZ',
  uae: 'AE', 'cape verde': 'CV', 'east timor': 'TL', syria: 'SY', iran: 'IR', 'palestine': 'PS',
  vatican: 'VA', 'hong kong': 'HK', macau: 'MO', macao: 'MO', kosova: 'XK', bolivia: 'BO', venezuela: 'VE', tanzania: 'TZ',
};

/**
 * Folded English country names (ICU's, plus {@link ALIASES}) → ISO 3166 alpha-2, built once from
 * `Intl.DisplayNames`, so the table follows the ICU data Node ships rather than a copied list.
 */
/**
 * Folded English country names (ICU's, through shared/reference-data, plus {@link ALIASES}) →
 * ISO 3166 alpha-2, built once, so the table follows the ICU data Node ships.
 */
const CODE_BY_NAME: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const name = countryName(first + second);
      // ICU's pseudo-locale regions (XA "Pseudo-Accents", XB "Pseudo-Bidi") are not countries.
      if (name === undefined || /pseudo/i.test(name)) continue;
      const folded = foldWords(name).join(' ');
      if (!map.has(folded)) map.set(folded, first + second);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) map.set(alias, code);
  return map;
})();

/**
 * An address's country as ISO 3166 alpha-2 (upper case), from an alpha-2 code or an English name
 * in any case and with or without accents ("gb", "United Kingdom", "Great Britain", "Türkiye").
 * Undefined when it is neither. Alpha-3 codes and names in other languages are not read: a
 * country is a weak identifier, and a wrong guess is worse than none.
 */
export function normaliseCountry(raw: string): string | undefined {
  const folded = foldWords(raw).join(' ');
  if (folded.length === 0) return undefined;
  if (folded.length === 2 && isCountryCode(folded.toUpperCase())) return folded.toUpperCase();
  return CODE_BY_NAME.get(folded);
}
