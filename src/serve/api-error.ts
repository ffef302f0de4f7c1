// The API's errors: an HTTP status, a stable code for programs and a message for people, in the
// request's language. Every error response of the server has this JSON shape.
import type { Lang } from '../engine/types.js';
import { st, type ServeMessageId } from './messages.js';

export class ApiError extends Error {
  readonly args: (string | number)[];
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messageId: ServeMessageId,
    args: (string | number)[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(`${code}: ${st(messageId, 'en', ...args)}`);
    this.args = args;
  }

  body(lang: Lang): ErrorBody {
    return { statusCode: this.statusCode, code: this.code, message: st(this.messageId, lang, ...this.args) };
  }
}

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
}

/** An error whose message is already written in both languages (a reader's InputError). */
export class LocalizedApiError extends ApiError {
  constructor(statusCode: number, code: string, readonly text: { id: string; en: string }) {
    super(statusCode, code, 'internal');
  }

  override body(lang: Lang): ErrorBody {
    return { statusCode: this.statusCode, code: this.code, message: this.text[lang] };
  }
}
