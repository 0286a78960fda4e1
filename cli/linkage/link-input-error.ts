/** Why `beacon link` cannot run on the input it was given. */
export type LinkInputErrorCode = 'BAD_OPTION' | 'BAD_MAP' | 'MISSING_COLUMN' | 'EMPTY_INPUT' | 'UNREADABLE_INPUT';

/** An input or option `beacon link` refuses; the message names the option, file or column. */
export class LinkInputError extends Error {
  constructor(readonly code: LinkInputErrorCode, message: string) {
    super(message);
    this.name = 'LinkInputError';
  }
}
