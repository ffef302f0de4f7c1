// What a berkas (--berkas) holds of the documents an LKjIP is reviewed with: for each, the files
// judged to be (or to hold) it and what was read of it anywhere in the berkas, the LKjIP's own
// attachments included. A single file is no berkas: the required-part subjects speak for it.
import { basename, dirname } from 'node:path';
import type { Subject } from '../../engine/types.js';
import type { BerkasRole, Model } from '../../model/types.js';
import { subjectKey } from '../subject-key.js';

const LOOKED_FOR: { role: BerkasRole; holds: string[]; read: (m: Model) => number }[] = [
  { role: 'pk', holds: ['pk', 'pk-perubahan'], read: (m) => m.pk?.length ?? 0 },
  { role: 'renstra', holds: ['renstra'], read: (m) => (m.renstra ? 1 : 0) },
  { role: 'rkt', holds: ['rkt'], read: (m) => (m.rkt ? 1 : 0) },
  // The IKU table of Bab II restates the IKU; the decree or its lampiran is the document.
  { role: 'iku', holds: ['iku'], read: (m) => (m.iku ?? []).filter((d) => d.source !== 'bab2').length },
];

export function berkasDocuments(model: Model): Subject[] {
  const files = model.berkas;
  if (!files) return [];
  const folder = dirname(files[0].file);
  const listing = files.map((d) => `${basename(d.file)}: ${d.role}`).join('; ');
  return LOOKED_FOR.map(({ role, holds, read }) => {
    const holding = files.filter((d) => d.role !== 'lkjip' && d.holds.some((h) => holds.includes(h)));
    return {
      type: 'berkas-document',
      key: subjectKey('berkas', role),
      loc: { file: folder },
      evidence: listing,
      facts: {
        role,
        files: holding.length,
        read: read(model),
        listing,
      },
    };
  });
}
