// The criteria catalog API: public reference data, filterable and searchable; licensed text replaces ours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, makeTestApp, type TestApp } from './helpers/app.ts';
import { importCatalog } from '../src/services/catalog.ts';

let t: TestApp;
let anon: Agent;
beforeAll(async () => {
  t = await makeTestApp();
  anon = new Agent(t.app);
});
afterAll(async () => { await t.close(); });

describe('GET /api/v1/catalog/criteria', () => {
  it('answers the 61 criteria without login, in natural order', async () => {
    const res = await anon.get('/api/v1/catalog/criteria');
    expect(res.statusCode).toBe(200);
    const { criteria } = res.json();
    expect(criteria).toHaveLength(61);
    expect(criteria[0]).toMatchObject({ id: 'CC1.1', category: 'security', series: 'CC1', cosoPrinciple: 1, source: 'attest' });
    expect(criteria.map((c: { id: string }) => c.id).slice(0, 6)).toEqual(['CC1.1', 'CC1.2', 'CC1.3', 'CC1.4', 'CC1.5', 'CC2.1']);
    expect(criteria.at(-1).id).toBe('P8.1');
    for (const c of criteria) expect(c.pointsOfFocus.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['security', 33],
    ['availability', 3],
    ['confidentiality', 2],
    ['processing_integrity', 5],
    ['privacy', 18],
  ])('filters by category %s → %i', async (category, count) => {
    const { criteria } = (await anon.get(`/api/v1/catalog/criteria?category=${category}`)).json();
    expect(criteria).toHaveLength(count);
    expect(criteria.every((c: { category: string }) => c.category === category)).toBe(true);
  });

  it('searches text case-insensitively', async () => {
    const { criteria } = (await anon.get('/api/v1/catalog/criteria?q=ENCRYPT')).json();
    expect(criteria.length).toBeGreaterThan(0);
    expect(criteria.map((c: { id: string }) => c.id)).toContain('CC6.7');
  });

  it('rejects an unknown category with a clear error', async () => {
    const res = await anon.get('/api/v1/catalog/criteria?category=sales');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('querystring.category');
  });

  it('opens one criterion, case-insensitively, and 404s an unknown id', async () => {
    const one = (await anon.get('/api/v1/catalog/criteria/cc6.1')).json();
    expect(one).toMatchObject({ id: 'CC6.1', series: 'CC6', cosoPrinciple: null });
    expect(one.description.length).toBeGreaterThan(20);
    const missing = await anon.get('/api/v1/catalog/criteria/CC99.1');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('serves imported licensed text, marked as imported; a bad file changes nothing', async () => {
    await expect(importCatalog(t.deps, '{"criteria":[{"id":"CC1.1","title":"T","description":"D","pointsOfFocus":[]},{"id":"X9.9","title":"T","description":"D","pointsOfFocus":[]}]}', 'json')).rejects.toMatchObject({ code: 'validation_failed' });
    expect((await anon.get('/api/v1/catalog/criteria/CC1.1')).json().source).toBe('attest');
    await importCatalog(t.deps, 'id,title,description,points_of_focus\nCC1.1,Licensed,Licensed description,one|two\n', 'csv');
    const one = (await anon.get('/api/v1/catalog/criteria/CC1.1')).json();
    expect(one).toMatchObject({ title: 'Licensed', description: 'Licensed description', pointsOfFocus: ['one', 'two'], source: 'imported' });
    expect((await anon.get('/api/v1/catalog/criteria/CC1.2')).json().source).toBe('attest');
  });
});

describe('system endpoints', () => {
  it('health, version and the OpenAPI document', async () => {
    expect((await anon.get('/api/health')).json()).toEqual({ status: 'ok', database: 'ok' });
    expect((await anon.get('/api/version')).json()).toMatchObject({ name: 'attest', database: t.database.driver });
    const doc = (await anon.get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/catalog/criteria', '/api/v1/invitations', '/api/v1/audit-log']));
    expect(doc.paths['/api/v1/invitations'].post.requestBody).toBeDefined();
  });
});
