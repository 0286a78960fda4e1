import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEV_ISSUER,
  isPersonaName,
  isSector,
  loadOrCreateDevIssuer,
  PERSONAS,
  type PersonaClaims,
} from '../../shared/auth/index.js';
import { ConfigError, readOptional, readTrustedIssuers } from '../../shared/config/index.js';
import { readStackConfig } from '../stack/stack-config.js';

const LIST = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

/**
 * `beacon token --persona <name>` or `--sub … --org … --sector … --roles a,b --purposes c,d`.
 * Mints with the dev key only: if this machine trusts other issuers and not the dev one, a dev
 * token would be refused anyway, so minting one would only mislead.
 */
export async function runToken(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      persona: { type: 'string' },
      sub: { type: 'string' },
      org: { type: 'string' },
      sector: { type: 'string' },
      roles: { type: 'string' },
      purposes: { type: 'string' },
      ttl: { type: 'string' },
    },
  });
  if (readOptional(process.env, 'BEACON_TRUSTED_ISSUERS')) {
    const trusted = readTrustedIssuers(process.env);
    if (!trusted.some((source) => source.issuer === DEV_ISSUER)) {
      throw new ConfigError(
        'BEACON_TRUSTED_ISSUERS',
        `does not trust the dev issuer (${DEV_ISSUER}); get tokens from your institution's issuer instead.`,
      );
    }
  }
  const claims = values.persona ? personaClaims(values.persona) : explicitClaims(values);
  const ttlSeconds = values.ttl === undefined ? undefined : Number(values.ttl);
  if (ttlSeconds !== undefined && (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)) {
    throw new ConfigError('--ttl', 'must be a positive number of seconds.');
  }
  const issuer = loadOrCreateDevIssuer(join(readStackConfig().home, 'keys'));
  process.stdout.write(`${issuer.mint(claims, { ttlSeconds })}\n`);
  return 0;
}

function personaClaims(name: string): PersonaClaims {
  if (!isPersonaName(name)) {
    throw new ConfigError('--persona', `must be one of ${Object.keys(PERSONAS).join(', ')}; got "${name}".`);
  }
  return PERSONAS[name];
}

function explicitClaims(values: Record<string, string | boolean | undefined>): PersonaClaims {
  const get = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const missing = ['sub', 'org', 'sector', 'roles', 'purposes'].filter((name) => !get(name));
  if (missing.length > 0) {
    throw new ConfigError(`--${missing.join(', --')}`, 'required without --persona.');
  }
  const sector = get('sector');
  if (!isSector(sector)) throw new ConfigError('--sector', 'must be LAW_ENFORCEMENT, NGO, FINANCIAL or HUB.');
  return { sub: get('sub')!, org: get('org')!, sector, roles: LIST(get('roles')), purposes: LIST(get('purposes')) };
}
