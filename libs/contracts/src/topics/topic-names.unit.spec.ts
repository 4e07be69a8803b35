import { agencyTopic, EVENTS_TOPIC, isLegalTopicName, stateTopic, topicsFor } from './topic-names';

describe('topic names', () => {
  it('has one topic for everything, read by the command center', () => {
    expect(EVENTS_TOPIC).toBe('hstf.events.v1');
  });

  it('names state and agency topics in lower case', () => {
    expect(stateTopic('TX')).toBe('hstf.state.tx.v2');
    expect(agencyTopic('FBI')).toBe('hstf.agency.fbi.v2');
  });

  it('keeps the dash of codes such as ICE-HSI, which Kafka allows', () => {
    expect(agencyTopic('ICE-HSI')).toBe('hstf.agency.ice-hsi.v2');
    expect(agencyTopic('TX-DPS')).toBe('hstf.agency.tx-dps.v2');
  });

  it('refuses codes that would make an illegal or ambiguous topic name', () => {
    expect(() => agencyTopic('')).toThrow('cannot name a Kafka topic');
    expect(() => agencyTopic('ICE HSI')).toThrow('"ICE HSI" cannot name a Kafka topic');
    expect(() => agencyTopic('ICE.HSI')).toThrow('cannot name a Kafka topic');
    expect(() => stateTopic('Tx/Austin')).toThrow('cannot name a Kafka topic');
    expect(() => agencyTopic('A'.repeat(240))).toThrow('249 max');
  });

  it("follows Kafka's legal characters and length", () => {
    expect(isLegalTopicName('a'.repeat(249))).toBe(true);
    expect(isLegalTopicName('a'.repeat(250))).toBe(false);
    expect(isLegalTopicName('hstf.agency.ice-hsi_1.v2')).toBe(true);
    expect(isLegalTopicName('..')).toBe(false);
    expect(isLegalTopicName('é')).toBe(false);
  });
});

describe('topics of a scope', () => {
  it('is the events topic, then each state, then each agency, sorted and once each', () => {
    expect(topicsFor({ states: ['TX', 'AZ', 'TX'], agencies: ['ICE-HSI', 'FBI'] })).toEqual([
      'hstf.events.v1',
      'hstf.state.az.v2',
      'hstf.state.tx.v2',
      'hstf.agency.fbi.v2',
      'hstf.agency.ice-hsi.v2',
    ]);
  });

  it('is the events topic alone for an event without audience', () => {
    expect(topicsFor({ states: [], agencies: [] })).toEqual(['hstf.events.v1']);
  });
});
