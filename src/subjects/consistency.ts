// The consistency providers live in ./consistency/ (documents, pairings, presence, targets,
// budgets, allocation); this module is their entry in the registry of src/subjects/index.ts.
export { latestPk, subjects } from './consistency/index.js';
