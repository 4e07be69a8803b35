import {
  AGENCY_CODE,
  FEDERAL_AGENCIES,
  findFederalAgency,
  isStateCode,
  STATE_CODES,
  stateOfAgencyCode,
  STATES,
} from '.';

describe('the states a task force is stood up for', () => {
  it.each([
    ['AL', 'Alabama'],
    ['AK', 'Alaska'],
    ['AZ', 'Arizona'],
    ['AR', 'Arkansas'],
    ['CA', 'California'],
    ['CO', 'Colorado'],
    ['CT', 'Connecticut'],
    ['DE', 'Delaware'],
    ['FL', 'Florida'],
    ['GA', 'Georgia'],
    ['HI', 'Hawaii'],
    ['ID', 'Idaho'],
    ['IL', 'Illinois'],
    ['IN', 'Indiana'],
    ['IA', 'Iowa'],
    ['KS', 'Kansas'],
    ['KY', 'Kentucky'],
    ['LA', 'Louisiana'],
    ['ME', 'Maine'],
    ['MD', 'Maryland'],
    ['MA', 'Massachusetts'],
    ['MI', 'Michigan'],
    ['MN', 'Minnesota'],
    ['MS', 'Mississippi'],
    ['MO', 'Missouri'],
    ['MT', 'Montana'],
    ['NE', 'Nebraska'],
    ['NV', 'Nevada'],
    ['NH', 'New Hampshire'],
    ['NJ', 'New Jersey'],
    ['NM', 'New Mexico'],
    ['NY', 'New York'],
    ['NC', 'North Carolina'],
    ['ND', 'North Dakota'],
    ['OH', 'Ohio'],
    ['OK', 'Oklahoma'],
    ['OR', 'Oregon'],
    ['PA', 'Pennsylvania'],
    ['RI', 'Rhode Island'],
    ['SC', 'South Carolina'],
    ['SD', 'South Dakota'],
    ['TN', 'Tennessee'],
    ['TX', 'Texas'],
    ['UT', 'Utah'],
    ['VT', 'Vermont'],
    ['VA', 'Virginia'],
    ['WA', 'Washington'],
    ['WV', 'West Virginia'],
    ['WI', 'Wisconsin'],
    ['WY', 'Wyoming'],
    ['DC', 'District of Columbia'],
    ['PR', 'Puerto Rico'],
    ['GU', 'Guam'],
    ['VI', 'U.S. Virgin Islands'],
    ['AS', 'American Samoa'],
    ['MP', 'Northern Mariana Islands'],
  ] as const)('include %s, %s', (code, name) => {
    expect(STATES[code]).toBe(name);
    expect(isStateCode(code)).toBe(true);
  });

  it('are the 50 states, the District of Columbia and the 5 inhabited territories, and no other', () => {
    expect(STATE_CODES).toHaveLength(56);
    expect(new Set(STATE_CODES).size).toBe(56);
  });

  it.each(['tx', 'XX', 'UM', 'FM', '', 'TEX', 'toString', 'hasOwnProperty', '__proto__', 'constructor'])(
    'do not include %j',
    (code) => {
      expect(isStateCode(code)).toBe(false);
    },
  );
});

describe('the federal catalog shipped with the product', () => {
  it.each([
    ['FBI', 'Federal Bureau of Investigation', 'DOJ'],
    ['DEA', 'Drug Enforcement Administration', 'DOJ'],
    ['ATF', 'Bureau of Alcohol, Tobacco, Firearms and Explosives', 'DOJ'],
    ['USMS', 'United States Marshals Service', 'DOJ'],
    ['USAO', "United States Attorneys' Offices", 'DOJ'],
    ['ICE-HSI', 'ICE Homeland Security Investigations', 'DHS'],
    ['ICE-ERO', 'ICE Enforcement and Removal Operations', 'DHS'],
    ['CBP', 'U.S. Customs and Border Protection', 'DHS'],
    ['TSA', 'Transportation Security Administration', 'DHS'],
    ['USCG', 'United States Coast Guard', 'DHS'],
    ['USSS', 'United States Secret Service', 'DHS'],
    ['CCHT', 'DHS Center for Countering Human Trafficking', 'DHS'],
    ['DOL-OIG', 'Department of Labor Office of Inspector General', 'DOL'],
  ])('lists %s, the %s, a federal component of %s', (code, name, department) => {
    expect(findFederalAgency(code)).toEqual({ code, name, department, kind: 'federal' });
  });

  it('lists the Federal Air Marshal Service as a component of TSA', () => {
    expect(findFederalAgency('FAMS')).toEqual({
      code: 'FAMS',
      name: 'Federal Air Marshal Service',
      department: 'DHS',
      kind: 'federal',
      parent: 'TSA',
    });
    expect(findFederalAgency('TSA')).not.toHaveProperty('parent');
  });

  it('lists the Amtrak Police Department as an independent federal entity of no department', () => {
    expect(findFederalAgency('AMTRAK-PD')).toEqual({
      code: 'AMTRAK-PD',
      name: 'Amtrak Police Department',
      department: 'OTHER',
      kind: 'federal-entity',
    });
  });

  it('holds 15 agencies, each once, and no state or local one', () => {
    expect(FEDERAL_AGENCIES).toHaveLength(16);
    expect(new Set(FEDERAL_AGENCIES.map((a) => a.code)).size).toBe(16);
    for (const agency of FEDERAL_AGENCIES) {
      expect(agency.code).toMatch(AGENCY_CODE);
      expect(agency).not.toHaveProperty('state');
    }
  });

  it.each(['TX-DPS', 'fbi', 'FBI ', 'HSI', ''])('does not list %j', (code) => {
    expect(findFederalAgency(code)).toBeUndefined();
  });
});

describe('a state or local agency code', () => {
  it.each([
    ['TX-DPS', 'TX'],
    ['IL-CPD', 'IL'],
    ['AZ-DPS-HQ', 'AZ'],
    ['NY-NYPD', 'NY'],
    ['CA-AB', 'CA'],
    ['CA-ABCDEFGHIJKL', 'CA'],
    ['CA-LA1-D7', 'CA'],
    ['DC-MPD', 'DC'],
    ['PR-PPR', 'PR'],
  ])('%s belongs to %s', (code, state) => {
    expect(stateOfAgencyCode(code)).toBe(state);
  });

  it.each([
    ['a code of no state', 'XX-DPS'],
    ['a federal code', 'FBI'],
    ['lower case', 'tx-dps'],
    ['a one-letter name', 'TX-D'],
    ['a name over 12 characters', 'TX-ABCDEFGHIJKLM'],
    ['a third part', 'TX-DPS-HQ-2'],
    ['an empty unit', 'TX-DPS-'],
    ['a unit over 12 characters', 'TX-DPS-ABCDEFGHIJKLM'],
    ['a leading space', ' TX-DPS'],
    ['a trailing space', 'TX-DPS '],
    ['something before it', 'XTX-DPS'],
    ['a prefix of three letters', 'TEX-DPS'],
  ])('belongs to no state with %s (%s)', (_why, code) => {
    expect(stateOfAgencyCode(code)).toBeUndefined();
  });
});

describe('the shape of any agency code', () => {
  it.each([
    'FBI',
    'DOL-OIG',
    'AMTRAK-PD',
    'TX-DPS',
    'AZ-DPS-HQ',
    'A1',
    'ABCDEFGHIJKL',
    'AB-C-D',
    'AB-CDEFGHIJKLMN',
  ])('may be %s', (code) => {
    expect(AGENCY_CODE.test(code)).toBe(true);
  });

  it.each([
    'F',
    '1BI',
    'fbi',
    'ABCDEFGHIJKLM',
    'AB-C-D-E',
    'A-B',
    'FBI-',
    '-FBI',
    'FB I',
    ' FBI',
    'FBI ',
    'AB-CDEFGHIJKLMN1',
  ])('is not %j', (code) => {
    expect(AGENCY_CODE.test(code)).toBe(false);
  });
});
