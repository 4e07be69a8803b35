import { assertNever, Decision, reject } from '../shared';
import { ReportCommand } from './commands';
import { ReportEvent } from './events';
import { ReportState } from './state';
import { chargeArrests, proveAffiliation, verifyArrestsInCourt } from './rules/court-records';
import { openReport } from './rules/open-report';
import { reportArrests } from './rules/report-arrests';
import { reportSeizures } from './rules/report-seizures';
import { reviseReport } from './rules/revise-report';

export function decide(command: ReportCommand, state: ReportState): Decision<ReportEvent> {
  if (command.type === 'OpenReport') return openReport(command, state);
  if (state.status === 'none')
    return reject('REPORT_NOT_FOUND', `Report ${command.data.reportId} has not been opened.`);
  switch (command.type) {
    case 'ReportArrests':
      return reportArrests(command, state);
    case 'ReportSeizures':
      return reportSeizures(command, state);
    case 'ChargeArrests':
      return chargeArrests(command, state);
    case 'VerifyArrestsInCourt':
      return verifyArrestsInCourt(command, state);
    case 'ProveAffiliation':
      return proveAffiliation(command, state);
    case 'ReviseReport':
      return reviseReport(command, state);
    default:
      return assertNever(command);
  }
}
