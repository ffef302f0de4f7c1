/** A problem with what the user gave us: reported as one line, exit code 2, never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly text: { id: string; en: string },
    readonly file?: string,
  ) {
    super(text.en);
    this.name = 'InputError';
  }
}
