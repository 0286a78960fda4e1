/** One value of an HTCDS picklist: Beacon's enum value, and the standard's own name, label and definition. */
export interface HtcdsValue<T extends string = string> {
  /** The GraphQL enum value Beacon stores and serves. */
  readonly value: T;
  /** The standard's value name (`Value Names (if picklist)`), as HTCDS-named files carry it. */
  readonly htcds: string;
  /** The standard's label (`Value Labels (if picklist)`). */
  readonly label: string;
  /** The standard's definition (`Field Definitions.md`), where it gives one. */
  readonly definition?: string;
}
