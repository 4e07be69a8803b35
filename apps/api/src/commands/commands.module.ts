import { Module } from '@nestjs/common';
import { ACCESS_AUDIT_SINK } from '@hstf/auth';
import { AccessLog } from '../audit/access-log';
import { CommandPathOverdueMarker } from '../deadlines/command-path-overdue-marker';
import { CommandSender } from '../http/command-answer';
import { IdempotencyKeys } from '../idempotency/idempotency-keys';
import { CoLedTaskForces } from '../queries/co-led-task-forces';
import { Readers } from '../queries/readers';
import { AgencyCatalog } from '../reference/agency-catalog';
import { CommandPath, SendCommandHandler } from './command-path';
import { StreamLoader } from './stream-loader';

/**
 * The command path and what it needs beside the adapters: the stream loader, idempotency keys, who may
 * read what, the agency catalog, and the access log it records each command in. The controllers, the
 * audit's HTTP side and the deadline process (through its overdue marker) use it.
 */
@Module({
  providers: [
    StreamLoader,
    CommandPath,
    SendCommandHandler,
    CommandSender,
    IdempotencyKeys,
    CoLedTaskForces,
    Readers,
    AgencyCatalog,
    AccessLog,
    { provide: ACCESS_AUDIT_SINK, useExisting: AccessLog },
    CommandPathOverdueMarker,
  ],
  exports: [
    StreamLoader,
    CommandPath,
    CommandSender,
    CoLedTaskForces,
    Readers,
    AgencyCatalog,
    AccessLog,
    ACCESS_AUDIT_SINK,
    CommandPathOverdueMarker,
  ],
})
export class CommandsModule {}
