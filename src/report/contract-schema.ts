// JSON Schema (2020-12, as OpenAPI 3.1 uses) of the JSON contract that `--format json` and the API
// give (src/report/json.ts). test/serve-api.test.ts validates real outputs against it, so a change
// to the contract that is not made here too fails the suite.
import { NOT_CHECKED_CODES } from '../engine/not-checked.js';
import { WEIGHT } from '../model/meta-vote.js';
import { CATEGORIES, SEVERITIES } from './html-text.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const CONTRACT_SCHEMAS: Record<string, Record<string, unknown>> = {
  LintReport: {
    type: 'object',
    description: 'The JSON contract of lkjip-lint (`--format json`): one result per file and a summary.',
    required: ['version', 'results', 'summary'],
    additionalProperties: false,
    properties: {
      version: { const: 1 },
      results: { type: 'array', items: ref('FileResult') },
      summary: ref('Summary'),
    },
  },
  FileResult: {
    type: 'object',
    required: ['file', 'format', 'findings'],
    additionalProperties: false,
    properties: {
      file: { type: 'string', description: 'The file as named on the command line, or the name the API client gave; for a berkas (--berkas), its folder.' },
      format: { type: ['string', 'null'], description: 'The input format read (pdf, markdown, text, json, yaml, …); null when the file could not be read.' },
      error: { type: 'string', description: 'Why the file could not be read; then findings is empty.' },
      extraction: ref('Extraction'),
      notChecked: {
        type: 'array',
        description:
          'What was not checked beside the findings. nothing-understood: nothing of an LKjIP was recognised beyond its cover (the file is not checked at all; the CLI exits 1). year-unknown: no source names the reporting year, so the rules that need it did not run (state it with --year).',
        items: { type: 'object', required: ['code', 'message'], additionalProperties: false, properties: { code: { enum: NOT_CHECKED_CODES }, message: { type: 'string' } } },
      },
      documents: {
        type: 'array',
        description: 'A berkas (--berkas): every file linted together, the LKjIP first, each with its role. Findings name the file they stand in (location.file).',
        items: ref('BerkasDocument'),
      },
      findings: { type: 'array', items: ref('Finding') },
    },
  },
  BerkasDocument: {
    type: 'object',
    required: ['file', 'format', 'role', 'by'],
    additionalProperties: false,
    properties: {
      file: { type: 'string' },
      format: { type: 'string' },
      role: { enum: ['lkjip', 'renstra', 'pk', 'pk-perubahan', 'rkt', 'iku'], description: 'What the file is. Two LKjIPs of successive years: the earlier is last year\'s (compared as --previous).' },
      by: { enum: ['content', 'config'], description: 'content: judged from its headings and parts (a judgement, not a certainty); config: the configuration\'s berkasRoles says so.' },
      holds: { type: 'array', items: { type: 'string' }, description: 'The documents read in the file (a PK file may hold the PK Perubahan too).' },
      year: { type: 'integer', description: 'The year the file names, when it names one.' },
    },
  },
  Finding: {
    type: 'object',
    required: ['ruleId', 'category', 'severity', 'message', 'location', 'evidence', 'subject'],
    additionalProperties: false,
    properties: {
      ruleId: { type: 'string', examples: ['capaian/computed-mismatch'] },
      category: { enum: CATEGORIES },
      severity: { enum: SEVERITIES, description: 'error: certain; warning and info: to be checked by the reviewer.' },
      message: { type: 'string' },
      location: ref('Location'),
      evidence: { type: 'string', description: 'The text of the document the finding rests on.' },
      expected: { type: 'string' },
      actual: { type: 'string' },
      subject: { type: 'string', description: 'Logical identity of what the rule looked at (stable across formats).' },
      related: {
        type: 'array',
        items: {
          type: 'object',
          required: ['location'],
          additionalProperties: false,
          properties: { location: ref('Location'), evidence: { type: 'string' }, note: { type: 'string' } },
        },
      },
      restsOn: {
        type: 'array',
        items: ref('Reading'),
        description: 'The uncertain readings the finding rests on; a finding that rests on one is never an error.',
      },
    },
  },
  Reading: {
    enum: ['column-position', 'row-continued', 'cell-merged', 'ocr', 'scope-inferred', 'caption-guessed'],
    description:
      'How a place was read when that is not certain: a column taken by its position, a row joined across a page break, several values in one cell, text recognised by OCR, an inferred scope, a caption not printed beside its table.',
  },
  Location: {
    type: 'object',
    required: ['file'],
    additionalProperties: false,
    properties: {
      file: { type: 'string', description: 'The file the place stands in (in a berkas, one of its files).' },
      part: { type: 'integer', minimum: 1, description: 'In a berkas: which of the files after the LKjIP\'s own (1, 2 …, in the order of `documents` without the LKjIP and last year\'s); absent for the LKjIP\'s file.' },
      pointer: { type: 'string', description: 'JSON pointer, for structured input.' },
      line: { type: 'integer', minimum: 1 },
      column: { type: 'integer', minimum: 1 },
      page: { type: 'integer', minimum: 1 },
      paragraph: { type: 'integer', minimum: 1, description: 'Paragraph number in a Word document (Word has no stable pages).' },
      ocr: { type: 'boolean', description: 'The place was read by OCR from a scan.' },
      reading: ref('Reading'),
      section: { type: 'string' },
      table: { type: 'string' },
      row: { type: ['integer', 'string'] },
      field: { type: 'string' },
      source: {
        type: 'object',
        additionalProperties: false,
        properties: { file: { type: 'string' }, line: { type: 'integer' }, page: { type: 'integer' }, column: { type: 'integer' }, paragraph: { type: 'integer' } },
      },
    },
  },
  Extraction: {
    type: 'object',
    description: 'With explain=true: what was read from a document and what was not.',
    required: ['sections', 'parts', 'notes', 'reader'],
    additionalProperties: false,
    properties: {
      pages: { type: 'integer' },
      identity: {
        type: 'object',
        description: "The report's year, agency and region, and the sources each was read from (meta.sources).",
        required: ['sources'],
        additionalProperties: false,
        properties: {
          tahun: { type: 'integer' },
          instansi: { type: 'string' },
          pemda: { type: 'string' },
          sources: {
            type: 'array',
            items: {
              type: 'object',
              required: ['kind'],
              additionalProperties: false,
              properties: {
                kind: { enum: Object.keys(WEIGHT) },
                text: { type: 'string' },
                tahun: { type: 'integer' },
                instansi: { type: 'string' },
                pemda: { type: 'string' },
                pages: { type: 'array', items: { type: 'integer' } },
                count: { type: 'integer' },
                page: { type: 'integer' },
                line: { type: 'integer' },
              },
            },
          },
        },
      },
      sections: { type: 'array', items: { type: 'object', required: ['title'], properties: { title: { type: 'string' }, kind: { type: 'string' } } } },
      parts: { type: 'array', items: { type: 'object', required: ['part', 'rows'], properties: { part: { type: 'string' }, rows: { type: 'integer' } } } },
      notes: {
        type: 'array',
        items: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' }, page: { type: 'integer' }, line: { type: 'integer' }, table: { type: 'string' } },
        },
      },
      reader: { type: 'array', items: { type: 'string' } },
    },
  },
  Summary: {
    type: 'object',
    required: ['files', 'failed', 'errors', 'warnings', 'infos'],
    additionalProperties: false,
    properties: {
      files: { type: 'integer', minimum: 0 },
      failed: { type: 'integer', minimum: 0 },
      errors: { type: 'integer', minimum: 0 },
      warnings: { type: 'integer', minimum: 0 },
      infos: { type: 'integer', minimum: 0 },
      notChecked: { type: 'integer', minimum: 0, description: 'Files of which nothing beyond the cover was understood (not checked at all).' },
    },
  },
};
