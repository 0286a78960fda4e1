import type { PersonIdentifiers } from '../../shared/linkage/index.js';

/** A record of an evaluation set: its identifiers, which input it came from, and the truth. */
export interface LabelledRecord {
  readonly id: string;
  /** Index of the input (file) it came from. */
  readonly source: number;
  /** Records of one entity are the same person; the linker never sees this. */
  readonly entity: string;
  readonly identifiers: PersonIdentifiers;
}
