// JSON Schemas checked only now and then (a configuration or suppressions file, when there is one)
// are compiled on first use rather than when their module loads: loading ajv costs about 40 ms of
// CPU and compiling a small schema 20–40 ms more, which every start of the CLI used to pay. ajv is
// CommonJS, so it is loaded synchronously here, when the first such file is checked.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/** A getter for the validator of `schema`, compiled (with the options used throughout) on its first call. */
export function lazyValidator<T>(schema: object): () => ValidateFunction<T> {
  let compiled: ValidateFunction<T> | undefined;
  return () => {
    if (!compiled) {
      const { Ajv } = require('ajv') as typeof import('ajv');
      compiled = new Ajv({ allErrors: true, strict: false }).compile<T>(schema);
    }
    return compiled;
  };
}
