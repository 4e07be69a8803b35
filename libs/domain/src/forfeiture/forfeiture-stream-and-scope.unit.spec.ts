import { fold } from '../shared';
import { ForfeitureCommand } from './commands';
import { ForfeitureEvent, FORFEITURE_EVENT_TYPES } from './events';
import { evolve } from './evolve';
import { forfeitureDecider, forfeitureScope } from './forfeiture.decider';
import { FORFEITURE_ID, NOW, opened, ordered, paid, underReview } from './forfeiture.fixtures';
import { petitionCounts } from './state';
import { FORFEITURE_STREAM_PREFIX, forfeitureIdOf, forfeitureStreamId } from './stream';

describe("a forfeiture is a victim's record", () => {
  it('is restricted, and nobody’s, before it is opened', () => {
    expect(forfeitureScope(forfeitureDecider.initialState)).toStrictEqual({
      states: [],
      agencies: [],
      restricted: true,
    });
  });

  it('is read by the seizing agency, DOJ-MLARS and CCHT, and carried by no state', () => {
    for (const history of [[opened], [opened, ordered()], underReview()]) {
      expect(forfeitureDecider.scope(fold(forfeitureDecider, history))).toStrictEqual({
        states: [],
        agencies: ['FBI', 'DOJ-MLARS', 'CCHT'],
        restricted: true,
      });
    }
  });

  it('names each agency once when the seizing agency is one of them', () => {
    const seizedByCcht = { ...opened, data: { ...opened.data, seizingAgency: 'CCHT' } } as ForfeitureEvent;
    expect(forfeitureScope(fold(forfeitureDecider, [seizedByCcht])).agencies).toEqual(['CCHT', 'DOJ-MLARS']);
  });
});

describe('the forfeiture stream', () => {
  it('is named forfeiture-<uuid>', () => {
    expect(forfeitureStreamId(FORFEITURE_ID)).toBe(`forfeiture-${FORFEITURE_ID}`);
    expect(FORFEITURE_STREAM_PREFIX).toBe('forfeiture-');
    expect(forfeitureIdOf(`forfeiture-${FORFEITURE_ID}`)).toBe(FORFEITURE_ID);
    expect(forfeitureIdOf(`report-${FORFEITURE_ID}`)).toBeUndefined();
  });

  it('lists every event type the decider folds', () => {
    expect([...FORFEITURE_EVENT_TYPES].sort()).toEqual(
      [
        'ForfeitureOpened',
        'ForfeitureOrdered',
        'PlacedInRemissionPool',
        'RemissionPetitionDenied',
        'RemissionPetitionFiled',
        'RemissionPetitionGranted',
        'RemissionPetitionPaid',
        'RemissionPetitionReviewStarted',
      ].sort(),
    );
  });

  it('folds a damaged stream that lacks its opening to nothing, rather than throw', () => {
    expect(evolve(forfeitureDecider.initialState, paid(10))).toEqual({ status: 'none' });
    expect(petitionCounts(forfeitureDecider.initialState)).toEqual({
      filed: 0,
      'under-review': 0,
      granted: 0,
      denied: 0,
      paid: 0,
    });
  });

  it('treats a command or event type it does not know as a programming error', () => {
    const state = fold(forfeitureDecider, [opened]);
    const unknown = { type: 'ReleaseAssets', data: { forfeitureId: FORFEITURE_ID }, meta: { now: NOW } };
    expect(() => forfeitureDecider.decide(unknown as unknown as ForfeitureCommand, state)).toThrow(
      'Unhandled case',
    );
    const event = { type: 'AssetsReleased', data: {} } as unknown as ForfeitureEvent;
    expect(() => evolve(state, event)).toThrow('Unhandled case');
  });
});
