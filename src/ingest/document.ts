// PDF, Markdown and text: a format reader gives blocks, the shared understanding gives the model.
import { InputError } from '../model/errors.js';
import type { InputFormat, Model } from '../model/types.js';
import type { ReadOptions } from './index.js';

export async function readDocument(file: string, _bytes: Uint8Array, format: InputFormat, _options: ReadOptions): Promise<Model> {
  throw new InputError({ id: `format ${format} belum didukung`, en: `format ${format} is not supported yet` }, file);
}
