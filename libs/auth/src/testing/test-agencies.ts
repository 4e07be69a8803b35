/** The agency catalog of the specs: a few federal agencies and one registered state agency. */
export const TEST_AGENCIES: readonly string[] = ['FBI', 'CBP', 'DEA', 'TX-DPS'];

export const isTestAgency = (code: string): boolean => TEST_AGENCIES.includes(code);
