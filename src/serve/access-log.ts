// The access log: one JSON line per request on stdout, for a log collector. It names the request,
// its outcome and its cost, never the document: no file name, no content, no finding text.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Summary } from '../report/results.js';

/** What a handler learnt about its request, for the log line. */
export interface AccessInfo {
  start?: bigint;
  bytesIn?: number;
  code?: string;
  lang?: string;
  format?: string;
  preset?: string;
  findings?: Summary;
}

export function accessLogLine(request: FastifyRequest, reply: FastifyReply, i: AccessInfo): Record<string, unknown> {
  const ms = i.start === undefined ? undefined : Number(process.hrtime.bigint() - i.start) / 1e6;
  const out = reply.getHeader('content-length');
  return {
    time: new Date().toISOString(),
    id: request.id,
    ip: request.ip,
    method: request.method,
    path: request.url.split('?')[0].slice(0, 200),
    status: reply.statusCode,
    ms: ms === undefined ? undefined : Math.round(ms * 10) / 10,
    ...(i.bytesIn !== undefined ? { bytesIn: i.bytesIn } : {}),
    ...(out !== undefined ? { bytesOut: Number(out) } : {}),
    ...(i.code ? { code: i.code } : {}),
    ...(i.format ? { format: i.format, lang: i.lang, config: i.preset } : {}),
    ...(i.findings ? { errors: i.findings.errors, warnings: i.findings.warnings, infos: i.findings.infos } : {}),
  };
}
