/** Who a directive is addressed to: whole state task forces, agencies, or both. */
export interface Addressees {
  readonly states: readonly string[];
  readonly agencies: readonly string[];
}

export type AddresseeKind = 'state' | 'agency';

/** One addressee, as an acknowledgement or an overdue mark names it. */
export interface Addressee {
  readonly kind: AddresseeKind;
  readonly code: string;
}

export const NO_ADDRESSEES: Addressees = { states: [], agencies: [] };

/** States first, then agencies, each in the order the directive lists them. */
export const addresseeList = (addressees: Addressees): readonly Addressee[] => [
  ...addressees.states.map((code): Addressee => ({ kind: 'state', code })),
  ...addressees.agencies.map((code): Addressee => ({ kind: 'agency', code })),
];

export const isAddressed = (addressees: Addressees, addressee: Addressee): boolean =>
  (addressee.kind === 'state' ? addressees.states : addressees.agencies).includes(addressee.code);

export const sameAddressee = (a: Addressee, b: Addressee): boolean => a.kind === b.kind && a.code === b.code;

/** How an addressee reads in a refusal or a log line: "state TX", "agency FBI". */
export const describeAddressee = (addressee: Addressee): string => `${addressee.kind} ${addressee.code}`;

export const mergeAddressees = (current: Addressees, added: Addressees): Addressees => ({
  states: [...current.states, ...added.states],
  agencies: [...current.agencies, ...added.agencies],
});
