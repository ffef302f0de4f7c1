// The zip container of a Word file, read with yauzl under limits checked before anything is
// inflated: the entry count and the sizes the central directory declares. yauzl then checks while
// inflating that no entry gives more bytes than it declared, so a lying header cannot grow memory
// past the limits either. Only the XML parts the reader asks for are inflated (never the images).
import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';

type Text = { id: string; en: string };

/** A reason the container cannot be read, in both languages. */
export class DocxError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'DocxError';
  }
}

export interface ZipLimits {
  /** Most entries in the archive. */
  maxEntries: number;
  /** Most bytes all entries may declare, uncompressed. */
  maxTotalSize: number;
  /** Most bytes one part that is read may have, uncompressed. */
  maxPartSize: number;
}

/**
 * A Word report has 10–200 entries (one per image) and its XML is a few MB; 20 000 entries or
 * 1 GiB declared, or one XML part over 200 MiB, is a zip bomb or not a report.
 */
export const DOCX_LIMITS: ZipLimits = { maxEntries: 20_000, maxTotalSize: 1024 * 1024 * 1024, maxPartSize: 200 * 1024 * 1024 };

export interface Zip {
  /** Every entry name, as stored. */
  names: Set<string>;
  /** The entry inflated, or undefined when there is none of that name. */
  read(name: string): Promise<Buffer | undefined>;
  close(): void;
}

const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MiB`;

const damaged = (e: unknown) =>
  new DocxError({
    id: `berkas Word rusak: isi ZIP tidak dapat dibaca (${(e as Error).message})`,
    en: `the Word file is damaged: its ZIP content cannot be read (${(e as Error).message})`,
  });

/** Opens the archive and checks the entry count and declared sizes; nothing is inflated yet. */
export async function openZip(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Promise<Zip> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (e) {
    const detail = /central directory/i.test((e as Error).message)
      ? { id: 'direktori ZIP di akhir berkas tidak ada', en: 'the ZIP directory at the end of the file is missing' }
      : { id: (e as Error).message, en: (e as Error).message };
    throw new DocxError({
      id: `berkas Word rusak atau terpotong: bukan ZIP yang utuh (${detail.id}); simpan ulang dari Word`,
      en: `the Word file is damaged or truncated: not a complete ZIP (${detail.en}); save it again from Word`,
    });
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new DocxError({
        id: `ZIP berisi ${zip.entryCount} entri (batas ${limits.maxEntries}): ini bukan dokumen Word yang wajar (zip bomb?)`,
        en: `the ZIP holds ${zip.entryCount} entries (limit ${limits.maxEntries}): not a plausible Word document (a zip bomb?)`,
      });
    const entries = new Map<string, Entry>();
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalSize)
        throw new DocxError({
          id: `isi ZIP lebih dari ${mib(limits.maxTotalSize)} setelah diekstrak: ini bukan dokumen Word yang wajar (zip bomb?)`,
          en: `the ZIP content is over ${mib(limits.maxTotalSize)} uncompressed: not a plausible Word document (a zip bomb?)`,
        });
      if (!entries.has(entry.fileName)) entries.set(entry.fileName, entry);
    }
    return {
      names: new Set(entries.keys()),
      read: async (name) => {
        const entry = entries.get(name);
        if (!entry) return undefined;
        if (entry.uncompressedSize > limits.maxPartSize)
          throw new DocxError({
            id: `bagian ${name} berukuran ${mib(entry.uncompressedSize)} setelah diekstrak (batas ${mib(limits.maxPartSize)}): ini bukan dokumen Word yang wajar`,
            en: `the part ${name} is ${mib(entry.uncompressedSize)} uncompressed (limit ${mib(limits.maxPartSize)}): not a plausible Word document`,
          });
        try {
          return await inflate(zip, entry);
        } catch (e) {
          throw e instanceof DocxError ? e : damaged(e);
        }
      },
      close: () => zip.close(),
    };
  } catch (e) {
    zip.close();
    throw e instanceof DocxError ? e : damaged(e);
  }
}

async function inflate(zip: ZipFile, entry: Entry): Promise<Buffer> {
  if (!entry.canDecodeFileData())
    throw new DocxError({
      id: `bagian ${entry.fileName} terenkripsi atau dimampatkan dengan cara yang tidak dikenal; simpan ulang dari Word tanpa kata sandi`,
      en: `the part ${entry.fileName} is encrypted or compressed in an unknown way; save it again from Word without a password`,
    });
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  // yauzl errors out of the stream when it gives more (or fewer) bytes than the entry declares.
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
