// Review files of the corpus (fixtures/corpus/reviews/<document>.json): every error- and
// warning-level finding on a real report with a reviewer's verdict and why, read off the page.
// A finding is matched by rule, subject (its logical identity) and severity: a finding that changes
// severity must be judged again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../src/engine/package-root.js';
import type { Finding } from '../src/engine/types.js';

export type Verdict = 'true' | 'false' | 'unjudged';

export interface ReviewEntry {
  ruleId: string;
  subject: string;
  severity: 'error' | 'warning';
  page?: number;
  /** The message when judged (Indonesian), for a reader of the file. */
  message: string;
  verdict: Verdict;
  /** What the page shows: why the finding is right or wrong. */
  why: string;
}

export interface Review {
  document: string;
  findings: ReviewEntry[];
}

export const reviewPath = (document: string): string => join(packageRoot, 'fixtures/corpus/reviews', `${document.replace(/\.(pdf|docx)$/i, '')}.json`);

export function readReview(document: string): Review | undefined {
  const file = reviewPath(document);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Review) : undefined;
}

export function writeReview(document: string, review: Review): void {
  const file = reviewPath(document);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(review, null, 2)}\n`);
}

export function entryOf(review: Review, f: Finding): ReviewEntry | undefined {
  return review.findings.find((e) => e.ruleId === f.ruleId && e.subject === f.subject && e.severity === f.severity);
}

export function judge(review: Review, f: Finding): Verdict | undefined {
  return entryOf(review, f)?.verdict;
}
