/** A problem with what the user gave us: reported as one line, exit code 2, never a stack trace. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
