import {
  AcceptTaskingHandler,
  BlockTaskingHandler,
  CancelTaskingHandler,
  CompleteTaskingHandler,
  DeclineTaskingHandler,
  ReportTaskingProgressHandler,
  UnblockTaskingHandler,
} from './tasking-lifecycle.handlers';
import { AssignTaskingHandler, ReassignTaskingHandler } from './tasking-team.handlers';

/** Every command handler of the Tasking aggregate, for the app module's providers. */
export const TASKING_HANDLERS = [
  AssignTaskingHandler,
  AcceptTaskingHandler,
  DeclineTaskingHandler,
  ReportTaskingProgressHandler,
  BlockTaskingHandler,
  UnblockTaskingHandler,
  ReassignTaskingHandler,
  CompleteTaskingHandler,
  CancelTaskingHandler,
];
