// Policy acknowledgements feed the roster's acknowledgement_missing flag (and through it, readiness).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember, makeTestApp, setupInstance, type Agent, type TestApp } from './helpers/app.ts';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await makeTestApp();
  ({ agent: admin } = await setupInstance(t));
});
afterAll(async () => { await t.close(); });

const flagsOf = async (email: string) =>
  ((await admin.get('/api/v1/people')).json().people as { email: string; flags: string[] }[]).find((p) => p.email === email)!.flags;

describe('acknowledgement_missing', () => {
  it('is raised for people with an account once a version is published, and cleared when they acknowledge', async () => {
    const { agent: erin } = await inviteMember(t, admin, 'erin@acme.test', 'employee', 'Erin');
    await admin.post('/api/v1/people', { name: 'Erin', email: 'erin@acme.test' });
    await admin.post('/api/v1/people', { name: 'No Account', email: 'nobody@acme.test' });
    expect(await flagsOf('erin@acme.test')).not.toContain('acknowledgement_missing');

    const { adopted } = (await admin.post('/api/v1/policies/adopt', { keys: ['code_of_conduct'] })).json();
    const id = adopted[0].id;
    await admin.post(`/api/v1/policies/${id}/versions/1/submit`);
    await admin.post(`/api/v1/policies/${id}/versions/1/approve`);
    expect(await flagsOf('erin@acme.test')).not.toContain('acknowledgement_missing'); // approved, not yet published
    await admin.post(`/api/v1/policies/${id}/versions/1/publish`);
    expect(await flagsOf('erin@acme.test')).toContain('acknowledgement_missing');
    expect(await flagsOf('nobody@acme.test')).not.toContain('acknowledgement_missing');
    const summary = (await admin.get('/api/v1/people/flags/summary')).json();
    expect(summary.flags.acknowledgement_missing).toBe(1);

    expect((await erin.post(`/api/v1/policies/${id}/versions/1/acknowledge`)).statusCode).toBeLessThan(300);
    expect(await flagsOf('erin@acme.test')).not.toContain('acknowledgement_missing');
  });
});
