import { Provider } from '@nestjs/common';
import { AcknowledgementDeadlines } from './acknowledgement-deadlines';
import { DEADLINE_CLOCK, systemClock } from './clock';
import { CommandPathOverdueMarker } from './command-path-overdue-marker';
import { DEADLINE_CONFIG, loadDeadlineConfig } from './deadline-config';
import { OVERDUE_MARKER } from './overdue-marker';

/** The deadline process manager's providers, registered in the app module beside the others. */
export const DEADLINE_PROVIDERS: Provider[] = [
  { provide: DEADLINE_CONFIG, useFactory: () => loadDeadlineConfig() },
  { provide: DEADLINE_CLOCK, useValue: systemClock },
  { provide: OVERDUE_MARKER, useClass: CommandPathOverdueMarker },
  AcknowledgementDeadlines,
];
