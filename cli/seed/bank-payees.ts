import type { Prng } from './prng.js';

/**
 * How many of the bank's most recent ordinary customers a new customer may pay. Pairs form among
 * customers generated close together, so a pair never waits on a customer generated later and
 * the pool's memory does not grow with the population.
 */
export const PAYEE_POOL = 64;
/**
 * Most customers of the bank paying one ordinary account. With its employer that makes three
 * senders at most, under the five of the many-unrelated-senders rule: only planted accounts
 * raise it, so the ground truth's red flags stay exact.
 */
export const MAX_PRIVATE_SENDERS = 2;

/**
 * Ordinary customers' accounts at the bank that others may pay privately (rent to a landlord who
 * banks there too, money to a relative, a share of a bill): a bounded, deterministic pool filled
 * in the order customers are generated.
 */
export class BankPayees {
  /** Account source id → how many customers already pay it; oldest first. */
  private readonly senders = new Map<string, number>();

  /** Offers an ordinary account to later customers as a payee. */
  add(account: string): void {
    this.senders.set(account, 0);
    if (this.senders.size > PAYEE_POOL) this.senders.delete(this.senders.keys().next().value as string);
  }

  /** A payee for `payer` that has room for one more sender, or undefined; counts the new sender. */
  take(prng: Prng, payer: string): string | undefined {
    const open = [...this.senders].filter(([account, count]) => account !== payer && count < MAX_PRIVATE_SENDERS).map(([account]) => account);
    if (open.length === 0) return undefined;
    const payee = prng.pick(open);
    this.senders.set(payee, (this.senders.get(payee) ?? 0) + 1);
    return payee;
  }
}
