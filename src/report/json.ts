// --format json: {"version":1,"results":[{file, format, findings}], "summary":{…}}.
import { NOT_CHECKED } from '../engine/not-checked.js';
import { summarize, type FileResult, type FormatOptions } from './results.js';

export function formatJson(results: FileResult[], options: FormatOptions): string {
  const out = {
    version: 1,
    results: results.map((r) => ({
      file: r.file,
      format: r.format ?? null,
      ...(r.error ? { error: r.error[options.lang] } : {}),
      ...(r.extraction ? { extraction: r.extraction } : {}),
      ...(r.documents ? { documents: r.documents } : {}),
      ...(r.notChecked?.length ? { notChecked: r.notChecked.map((code) => ({ code, message: NOT_CHECKED[code][options.lang] })) } : {}),
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        location: f.location,
        evidence: f.evidence,
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
        ...(f.actual !== undefined ? { actual: f.actual } : {}),
        subject: f.subject,
        ...(f.related ? { related: f.related } : {}),
        ...(f.restsOn ? { restsOn: f.restsOn } : {}),
      })),
    })),
    summary: summarize(results),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
