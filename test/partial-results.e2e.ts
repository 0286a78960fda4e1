import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/stack.js';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('a sector subgraph that is down', () => {
  it("returns the other sectors' data plus a masked error that names no URL", async () => {
    const query = `{ people(minSectors: 2) { id personRecords { id givenName } survivors { id givenName } } }`;
    const ngoUrl = stack.subgraphUrls.ngo as string;
    await stack.subgraphs.get('ngo')?.close();

    const { status, body } = await stack.query('le-investigator', query);
    expect(status).toBe(200);
    const [elena] = body.data?.people as Array<{ personRecords: Array<{ givenName: string }>; survivors: unknown }>;
    expect(elena?.personRecords[0]?.givenName).toBe('Elena');
    expect(body.errors?.length).toBeGreaterThan(0);
    const text = JSON.stringify(body.errors);
    const { port } = new URL(ngoUrl);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain(`:${port}`);
    expect(text).not.toMatch(/ECONNREFUSED|stack/i);
  });
});
