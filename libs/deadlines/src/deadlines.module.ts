import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { AcknowledgementDeadlines } from './acknowledgement-deadlines';
import { DEADLINE_CLOCK, systemClock } from './clock';
import { DEADLINE_CONFIG, loadDeadlineConfig } from './deadline-config';
import { OVERDUE_MARKER, OverdueMarker } from './overdue-marker';

export interface DeadlinesOptions {
  /** How an acknowledgement is marked overdue: the app's command path, so that a mark is a command. */
  readonly marker: Type<OverdueMarker>;
  /** The modules that provide what the marker injects. */
  readonly imports: NonNullable<ModuleMetadata['imports']>;
}

/**
 * The deadline process manager: it watches the directives' acknowledgement deadlines and marks the
 * missed ones overdue. It needs EVENT_STORE and SQL_DATABASE from the app, and the marker it is given.
 */
@Module({})
export class DeadlinesModule {
  static register({ marker, imports }: DeadlinesOptions): DynamicModule {
    return {
      module: DeadlinesModule,
      imports,
      providers: [
        { provide: DEADLINE_CONFIG, useFactory: () => loadDeadlineConfig() },
        { provide: DEADLINE_CLOCK, useValue: systemClock },
        { provide: OVERDUE_MARKER, useClass: marker },
        AcknowledgementDeadlines,
      ],
      exports: [AcknowledgementDeadlines],
    };
  }
}
