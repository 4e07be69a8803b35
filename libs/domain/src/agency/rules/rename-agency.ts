import { findFederalAgency } from '../../reference';
import { accept, Decision, DomainError, reject, textProblem } from '../../shared';
import { RenameAgency } from '../commands';
import { AgencyEvent } from '../events';
import { AgencyState } from '../state';

export function renameAgency(command: RenameAgency, state: AgencyState): Decision<AgencyEvent> {
  const { code, name } = command.data;
  if (state.status === 'unregistered') {
    return reject('AGENCY_NOT_REGISTERED', `Agency ${code} is not registered, so it cannot be renamed.`);
  }
  if (name.trim() === '') {
    return reject('AGENCY_BLANK_NAME', `The name of agency ${code} must not be blank.`);
  }
  const badName = textProblem(name, 'line');
  if (badName) return reject('AGENCY_INVALID_NAME', `The name of agency ${code} ${badName}.`);
  // A rename to the current name would add an event that changes nothing to the audit trail.
  if (name === state.name) {
    return reject('AGENCY_NAME_UNCHANGED', `Agency ${code} is already named ${name}.`);
  }
  return accept({
    type: 'AgencyRenamed',
    data: { code, previousName: state.name, name, renamedAt: command.meta.now },
  });
}

/**
 * Federal agencies ship in the catalog and have no stream, so this refusal needs none: asked before any
 * stream is read, it answers what a rename of a listed federal agency really is instead of "not found".
 */
export function federalRenameRefusal(code: string): DomainError | undefined {
  const decision = findFederalAgency(code)
    ? reject(
        'AGENCY_IN_FEDERAL_CATALOG',
        `${code} ships in the federal catalog and is not renamed at run time.`,
      )
    : undefined;
  return decision && !decision.ok ? decision.error : undefined;
}
