// The examination's vocabulary lives in the contract (shared with the web app); the domain uses it from here.
export * from '../../contract/examination-vocabulary.ts';
