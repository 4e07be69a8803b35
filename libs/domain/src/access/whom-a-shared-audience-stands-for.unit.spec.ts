import { agencyReader, commandCenterReader, stateReader } from './audience-readers';
import { mayRead, mayReadAgency, mayReadState, mayReadTextOf, readsEverything } from './need-to-know';

// A feed or a Kafka topic is read by many people at once: each stands for the readers it serves.
describe('whom a shared audience stands for', () => {
  it("an agency's audience reads what names the agency, and that agency's words only", () => {
    const fbi = agencyReader('FBI');
    expect(readsEverything(fbi)).toBe(false);
    expect(mayRead(fbi, { states: [], agencies: ['FBI'] })).toBe(true);
    expect(mayRead(fbi, { states: ['TX'], agencies: ['DEA'] })).toBe(false);
    expect(mayReadAgency(fbi, 'FBI')).toBe(true);
    expect(mayReadAgency(fbi, 'DEA')).toBe(false);
    expect(mayReadTextOf(fbi, 'FBI')).toBe(true);
    expect(mayReadTextOf(fbi, 'DEA')).toBe(false);
  });

  it("a state's audience reads what names the state, and no agency's words", () => {
    const texas = stateReader('TX');
    expect(readsEverything(texas)).toBe(false);
    expect(mayReadState(texas, 'TX')).toBe(true);
    expect(mayReadState(texas, 'AZ')).toBe(false);
    expect(mayRead(texas, { states: [], agencies: ['FBI'] })).toBe(false);
    expect(mayReadTextOf(texas, 'FBI')).toBe(false);
    expect(texas.agency).toBeUndefined();
  });

  it('the command center reads everything, every agency its words included', () => {
    expect(readsEverything(commandCenterReader)).toBe(true);
    expect(mayRead(commandCenterReader, { states: ['AZ'], agencies: ['DEA'] })).toBe(true);
    expect(mayReadTextOf(commandCenterReader, 'DEA')).toBe(true);
  });
});
