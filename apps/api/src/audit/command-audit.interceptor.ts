import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
  OnModuleInit,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { CommandBus } from '@nestjs/cqrs';
import { Observable } from 'rxjs';
import { AccessLog, AuditedRequest } from './access-log';
import { afterRecording } from './recorded-outcome';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes that change who may do what: new agencies, task force membership and co-leads. */
const PERMISSION_CHANGES = new Set([
  'POST /agencies',
  'POST /task-forces',
  'POST /task-forces/:state/members',
  'POST /task-forces/:state/members/:agency/withdrawal',
  'PUT /task-forces/:state/co-leads/:department',
]);

interface CommandSlot {
  command?: { readonly context?: { readonly commandId?: unknown } };
}

/**
 * Records every command sent over HTTP and its outcome, refused or not: the route, the application command
 * the controller put on the CommandBus (caught from the bus within the request's async context), its
 * command id, and the status answered.
 */
@Injectable()
export class CommandAuditInterceptor implements NestInterceptor, OnModuleInit {
  private readonly slots = new AsyncLocalStorage<CommandSlot>();

  constructor(
    private readonly log: AccessLog,
    private readonly bus: CommandBus,
  ) {}

  onModuleInit(): void {
    // The bus publishes synchronously inside execute(), so the request's slot is the current store.
    this.bus.subscribe((command) => {
      const slot = this.slots.getStore();
      if (slot && !slot.command) slot.command = command as CommandSlot['command'];
    });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuditedRequest>();
    const route = `${request.method} ${request.routeOptions?.url ?? request.url}`;
    if (READS.has(request.method) || route.split(' ')[1].startsWith('/audit')) return next.handle();
    const slot: CommandSlot = {};
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ??
      (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    const handled = new Observable<unknown>((subscriber) =>
      this.slots.run(slot, () => next.handle().subscribe(subscriber)),
    );
    return afterRecording(handled, status, (settled) => {
      const command = slot.command;
      const ids = command?.context;
      return this.log.recordRequest(request, {
        type: PERMISSION_CHANGES.has(route) ? 'permission-change' : 'command',
        outcome: settled.ok ? 'success' : 'failure',
        status: settled.status,
        ...(command ? { command: command.constructor.name } : {}),
        ...(typeof ids?.commandId === 'string' ? { commandId: ids.commandId } : {}),
        ...(settled.code ? { code: settled.code } : {}),
        ...(settled.reason && !settled.ok ? { reason: settled.reason } : {}),
      });
    });
  }
}
