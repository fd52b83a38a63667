// The database schema (PostgreSQL 15 compatible; PGlite and node-postgres share it): one file per
// area, re-exported here so that drizzle-kit and the data layer see one schema. Area files import
// the tables they reference from schema-core.ts (or from each other), never from this index.
export * from './schema-core.ts';
export * from './schema-people.ts';
export * from './schema-policies.ts';
export * from './schema-vendors.ts';
export * from './schema-risks.ts';
export * from './schema-evidence.ts';
export * from './schema-ledger.ts';
export * from './schema-engagements.ts';
export * from './schema-requests.ts';
export * from './schema-examination.ts';
export * from './schema-reports.ts';
export * from './schema-trust.ts';
