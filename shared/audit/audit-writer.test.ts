import { describe, expect, it } from 'vitest';
import type { AuditEventInput } from './audit-event.js';
import { AuditWriter, type AuditSink } from './audit-writer.js';

function event(requestId: string): AuditEventInput {
  return {
    requestId,
    actor: { sub: 's', org: 'o', sector: 'NGO', roles: [] },
    purpose: null,
    justification: null,
    operationHash: null,
    kind: 'DISCLOSURE',
    recordType: 'Survivor',
    recordIds: ['x'],
    recordOwnerOrg: 'o',
    fields: ['givenName'],
    outcome: 'ALLOWED',
    errorCode: null,
  };
}

/** A log whose INSERTs complete only when the test says so. */
class ManualLog implements AuditSink {
  readonly inserts: Array<{ events: readonly AuditEventInput[]; finish: (error?: Error) => void }> = [];

  append(events: readonly AuditEventInput[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.inserts.push({ events, finish: (error) => (error ? reject(error) : resolve()) });
    });
  }
}

const requestIds = (events: readonly AuditEventInput[]) => events.map((item) => item.requestId);
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the audit writer (group commit)', () => {
  it('sends a lone request at once, and gathers the requests that arrive meanwhile into the next INSERT, in order', async () => {
    const log = new ManualLog();
    const writer = new AuditWriter(log);
    const first = writer.append([event('a1'), event('a2')]);
    expect(log.inserts).toHaveLength(1);
    const second = writer.append([event('b1')]);
    const third = writer.append([event('c1'), event('c2')]);
    expect(log.inserts).toHaveLength(1);

    log.inserts[0]?.finish();
    await first;
    await tick();
    expect(log.inserts).toHaveLength(2);
    expect(requestIds(log.inserts[1]?.events ?? [])).toEqual(['b1', 'c1', 'c2']);
    log.inserts[1]?.finish();
    await Promise.all([second, third]);
  });

  it('resolves a request only once the INSERT holding its events is committed', async () => {
    const log = new ManualLog();
    const writer = new AuditWriter(log);
    let done = false;
    void writer.append([event('a')]).then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    log.inserts[0]?.finish();
    await tick();
    expect(done).toBe(true);
  });

  it('fails every request of a failed INSERT, and carries on with the next ones', async () => {
    const log = new ManualLog();
    const writer = new AuditWriter(log);
    const first = writer.append([event('a')]);
    const second = writer.append([event('b')]);
    const third = writer.append([event('c')]);
    log.inserts[0]?.finish();
    await first;
    await tick();
    log.inserts[1]?.finish(new Error('database gone'));
    await expect(second).rejects.toThrow('database gone');
    await expect(third).rejects.toThrow('database gone');
    const fourth = writer.append([event('d')]);
    await tick();
    log.inserts[2]?.finish();
    await expect(fourth).resolves.toBeUndefined();
  });

  it('never splits a request, and starts a new INSERT past the size limit', async () => {
    const log = new ManualLog();
    const writer = new AuditWriter(log, 3);
    const pending = [
      writer.append([event('a')]),
      writer.append([event('b1'), event('b2')]),
      writer.append([event('c1'), event('c2')]),
      writer.append([event('d1'), event('d2'), event('d3'), event('d4')]),
    ];
    for (let round = 0; round < 4; round += 1) {
      await tick();
      log.inserts[round]?.finish();
    }
    await Promise.all(pending);
    expect(log.inserts.map((insert) => requestIds(insert.events))).toEqual([['a'], ['b1', 'b2'], ['c1', 'c2'], ['d1', 'd2', 'd3', 'd4']]);
  });

  it('writes nothing for a request without events', async () => {
    const log = new ManualLog();
    await new AuditWriter(log).append([]);
    expect(log.inserts).toEqual([]);
  });
});
