#!/usr/bin/env node
// lkjip-lint's entry point. A run that lints (or extracts) files does it in worker processes
// (pool.ts); the first one is started here, before the rest of the command line is loaded, so that
// its start-up overlaps this process's own (docs/performance.md, "Worker processes: start-up").
import { prestartWorker } from './pool.js';

/** The options after which nothing is read: no worker is needed. */
const INFORMATIONAL = /^(-h|--help|-v|--version|--print-config|--list-rules)$/;

const argv = process.argv.slice(2);
// A guess from the words alone (an option's value counts as a file): a worker started for a run
// that then lints nothing is stopped when this process exits.
if (argv[0] !== 'serve' && argv[0] !== 'explain' && !argv.some((a) => INFORMATIONAL.test(a)) && argv.some((a) => !a.startsWith('-'))) prestartWorker();
await import('./command.js');
