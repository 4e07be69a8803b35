export { personalDataProblem, readable, REFERENCE_SHAPE } from './personal-data';
export type { PersonalDataField } from './personal-data';
