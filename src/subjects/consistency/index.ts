// Subjects for the consistency rules: what the report measures (Bab III) beside what the other
// documents of the report say about the same sasaran, indicator, target and budget, and the
// per-sasaran budget allocation beside the budget table. Items are paired across documents by the
// tolerant matcher (src/domain/match.ts); every subject offers the match it relied on.
import type { Provider } from '../provider.js';
import { allocationDuplicates, allocationItems, allocationSums } from './allocation.js';
import { budgetPairs } from './budget.js';
import { budgetTablePairs } from './budget-tables.js';
import { indicatorFacts, targetFacts } from './facts.js';
import { presences } from './presence.js';
import { previousFollowUp } from './previous-follow-up.js';
import { previousRealisasiProse } from './previous-prose.js';
import { previousIndicators, previousRealisasi, previousRenstraTargets, previousTables } from './previous-year.js';
import { targetPairs } from './targets.js';

export { latestPk } from './documents.js';

export const subjects: Record<string, Provider> = {
  'doc-presence': presences,
  'target-pair': targetPairs,
  'budget-pair': budgetPairs,
  'budget-table-pair': budgetTablePairs,
  'indicator-fact': indicatorFacts,
  'target-fact': targetFacts,
  'allocation-item': allocationItems,
  'allocation-sum': allocationSums,
  'allocation-duplicate': allocationDuplicates,
  'previous-realisasi': previousRealisasi,
  'previous-realisasi-prose': previousRealisasiProse,
  'previous-renstra-target': previousRenstraTargets,
  'previous-indicator': previousIndicators,
  'previous-table': previousTables,
  'previous-follow-up': previousFollowUp,
};
