import { recordedLog, sampleSteps, TX_COMMITMENT, TX_DIRECTIVE, TX_TASKING } from './audit-log.fixtures';
import { TrailCollector } from './trail';

describe('the trail of a directive', () => {
  it('follows the directive, the taskings naming it and their later events, and shared correlation ids', () => {
    const trail = new TrailCollector({ directiveId: TX_DIRECTIVE });
    const found = recordedLog()
      .map((event) => [event.streamId, event.type, trail.consider(event)])
      .filter(([, , link]) => link !== undefined);
    expect(found).toEqual([
      [`directive-${TX_DIRECTIVE}`, 'DirectiveIssued', 'directive'],
      [`tasking-${TX_TASKING}`, 'TaskingAssigned', 'directiveId'],
      [`tasking-${TX_TASKING}`, 'TaskingAccepted', 'stream'],
      [`commitment-${TX_COMMITMENT}`, 'SupportPledged', 'correlation'],
    ]);
  });

  it('follows causation from an event or a command already on the trail', () => {
    const steps = sampleSteps();
    // The AZ tasking was caused by the directive's issuing command (cmd-1).
    const caused = steps.map((step, i) => (i === 4 ? { ...step, causationId: 'cmd-1' } : step));
    const trail = new TrailCollector({ directiveId: TX_DIRECTIVE });
    const links = recordedLog(caused).map((event) => trail.consider(event));
    expect(links[4]).toBe('causation');
  });

  it('collects one correlation id and what it caused', () => {
    const trail = new TrailCollector({ correlationId: 'corr-surge' });
    const links = recordedLog().map((event) => trail.consider(event));
    expect(links.map((l, i) => (l ? i : -1)).filter((i) => i >= 0)).toEqual([1, 7]);
  });
});
