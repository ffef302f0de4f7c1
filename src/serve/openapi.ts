// The OpenAPI 3.1 document served at /api/openapi.json, built from the same lists the server uses
// (formats, accepted types, options), with the JSON contract's schema inside.
import { FORMATS } from '../report/index.js';
import { CONTRACT_SCHEMAS } from '../report/contract-schema.js';
import { acceptedTypes, outputType } from './media.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: ref('Error') } },
});

export function openApiDocument(version: string, withKeys: boolean): Record<string, unknown> {
  const formats = [...FORMATS];
  const options = [
    { name: 'lang', in: 'query', description: 'Language of the messages.', schema: { enum: ['id', 'en'], default: 'id' } },
    { name: 'format', in: 'query', description: 'Output format (the CLI’s --format).', schema: { enum: formats, default: 'json' } },
    { name: 'config', in: 'query', description: 'Configuration preset: strict makes most warnings errors.', schema: { enum: ['recommended', 'strict'], default: 'recommended' } },
    { name: 'explain', in: 'query', description: 'Add what was read from the document (`extraction`) to the JSON.', schema: { enum: ['true', 'false', '1', '0'], default: 'false' } },
    { name: 'filename', in: 'query', description: 'Name the reports show; for a raw body its extension also tells the type. Never used as a path.', schema: { type: 'string', maxLength: 200 } },
    {
      name: 'berkas',
      in: 'query',
      description: 'The form\'s files (several parts "file", at most 40) are one OPD\'s berkas: its LKjIP and its PK, Renstra, RKT, IKU, each judged by its content, linted as one report (the CLI\'s --berkas). The result is named by `filename` (default "berkas").',
      schema: { enum: ['true', 'false', '1', '0'], default: 'false' },
    },
  ];
  const rawBody = Object.fromEntries([...acceptedTypes(), 'application/octet-stream'].map((t) => [t, { schema: { type: 'string', contentMediaType: t } }]));
  const lintBody = {
    required: true,
    description:
      'One report file: as the body with its Content-Type, or as the part "file" of a multipart form whose other fields may carry the options. A form may add last year\'s LKjIP as the part "previous" (the CLI\'s --previous), and with berkas=true carry several parts "file". All files of a request together are held to the size limit.',
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file'],
          properties: {
            file: { type: 'string', contentMediaType: 'application/octet-stream' },
            previous: { type: 'string', contentMediaType: 'application/octet-stream', description: 'Last year\'s LKjIP (--previous).' },
            berkas: { enum: ['true', 'false', '1', '0'] },
            lang: { enum: ['id', 'en'] },
            format: { enum: formats },
            config: { enum: ['recommended', 'strict'] },
            explain: { enum: ['true', 'false', '1', '0'] },
            filename: { type: 'string' },
          },
        },
      },
      ...rawBody,
    },
  };
  const errors = {
    '400': errorResponse('Empty request, damaged or cut-short multipart form, unknown or repeated option, bad option value, several files without berkas=true, more than 40 files, or two parts "previous".'),
    ...(withKeys ? { '401': errorResponse('Missing or unknown API key.') } : {}),
    '408': errorResponse('The upload did not arrive within the upload time limit.'),
    '413': errorResponse('The file is larger than the server’s limit.'),
    '415': errorResponse('A file type the readers do not take.'),
    '422': errorResponse('The file could not be read as a report (damaged, encrypted, scanned, not an LKjIP, …) or its lint did not finish within the time limit; the message says which.'),
    '500': errorResponse('Internal error.'),
    '503': errorResponse('Every worker is busy and the waiting line is full.', { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } } }),
  };
  const security = withKeys ? [{ bearer: [] }, { apiKey: [] }] : [];
  return {
    openapi: '3.1.0',
    info: {
      title: 'lkjip-lint API',
      version,
      summary: 'Audit lint of Indonesian government performance reports (LKjIP, PermenPAN-RB 53/2014).',
      description:
        'Stateless: each request carries one report and gets its findings; nothing is kept after the response. Errors are JSON objects with statusCode, a stable code and a message in the requested language.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/api/v1/lint': {
        post: {
          operationId: 'lint',
          summary: 'Lint one report',
          parameters: options,
          requestBody: lintBody,
          security,
          responses: {
            '200': {
              description: 'The report in the chosen format; the JSON contract by default. Findings of any severity are a 200: see summary.errors.',
              content: Object.fromEntries(formats.map((f) => [outputType(f).split(';')[0], f === 'json' ? { schema: ref('LintReport') } : { schema: { type: 'string' } }])),
            },
            ...errors,
          },
        },
      },
      '/api/v1/lint/bundle': {
        post: {
          operationId: 'lintBundle',
          summary: 'Lint one report and get every output format at once (what the web page uses)',
          parameters: options.filter((o) => o.name !== 'format'),
          requestBody: lintBody,
          security,
          responses: { '200': { description: 'The JSON contract and every format.', content: { 'application/json': { schema: ref('Bundle') } } }, ...errors },
        },
      },
      '/api/v1/rules': {
        get: {
          operationId: 'rules',
          summary: 'The rule catalog and the Checklist Reviu items',
          security,
          responses: {
            '200': { description: 'Rules and checklist', content: { 'application/json': { schema: ref('Rules') } } },
            ...(withKeys ? { '401': errorResponse('Missing or unknown API key.') } : {}),
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness and load',
          security: [],
          responses: { '200': { description: 'Serving', content: { 'application/json': { schema: ref('Health') } } } },
        },
      },
      '/api/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
    },
    components: {
      schemas: {
        ...CONTRACT_SCHEMAS,
        Error: {
          type: 'object',
          required: ['statusCode', 'code', 'message'],
          additionalProperties: false,
          properties: { statusCode: { type: 'integer' }, code: { type: 'string', examples: ['too-large', 'unsupported-type', 'busy'] }, message: { type: 'string' } },
        },
        Bundle: {
          type: 'object',
          required: ['report', 'outputs'],
          additionalProperties: false,
          properties: {
            report: ref('LintReport'),
            outputs: {
              type: 'array',
              items: {
                type: 'object',
                required: ['format', 'filename', 'mediaType', 'encoding', 'data'],
                additionalProperties: false,
                properties: {
                  format: { enum: formats },
                  filename: { type: 'string' },
                  mediaType: { type: 'string' },
                  encoding: { enum: ['utf-8', 'base64'] },
                  data: { type: 'string' },
                },
              },
            },
          },
        },
        Localized: { type: 'object', required: ['id', 'en'], properties: { id: { type: 'string' }, en: { type: 'string' } } },
        Rules: {
          type: 'object',
          required: ['rules', 'checklist'],
          properties: {
            rules: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'category', 'severity', 'title', 'description', 'source', 'checklist'],
                properties: {
                  id: { type: 'string' },
                  category: { type: 'string' },
                  severity: { enum: ['error', 'warning', 'info'] },
                  title: ref('Localized'),
                  description: ref('Localized'),
                  source: { type: 'string' },
                  checklist: { type: 'array', items: { type: 'string' } },
                },
              },
            },
            checklist: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'group', 'text'],
                properties: { id: { type: 'string' }, group: ref('Localized'), text: ref('Localized'), process: { type: 'boolean' } },
              },
            },
          },
        },
        Health: {
          type: 'object',
          required: ['status', 'version', 'workers', 'busy', 'waiting', 'capacity'],
          properties: {
            status: { const: 'ok' },
            version: { type: 'string' },
            workers: { type: 'integer' },
            busy: { type: 'integer' },
            waiting: { type: 'integer' },
            admitted: { type: 'integer' },
            capacity: { type: 'integer' },
          },
        },
      },
      ...(withKeys
        ? {
            securitySchemes: {
              bearer: { type: 'http', scheme: 'bearer' },
              apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
            },
          }
        : {}),
    },
  };
}
