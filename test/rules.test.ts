// Every rule of the shipped catalog on its own valid and invalid examples (rules/<category>/<name>.json).
import { loadRules } from '../src/engine/rules.js';
import { testRules } from './rule-tester.js';

testRules(loadRules());
