import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces } from '@nestjs/swagger';
import {
  AuditKeyring,
  Checkpoint,
  CHECKPOINT_STREAM_ID,
  LogVerification,
  streamPages,
  StreamVerification,
  verifyLog,
  verifyStream,
} from '@hstf/audit';
import { EVENT_STORE, EventStore } from '@hstf/event-store';
import { notFound } from '../http/problem';
import { VerifyQuery } from './audit-queries.dto';
import { AuditRoute } from './audit-route.decorator';

@AuditRoute()
@Controller('audit')
export class AuditVerifyController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly keyring: AuditKeyring,
  ) {}

  @Get('verify')
  @ApiOperation({
    summary:
      'Verify the hash chain of one stream (?stream=), or of every stream and every signed checkpoint of ' +
      'the global log; a failure names the first event that does not verify',
  })
  async verify(
    @Query() query: VerifyQuery,
  ): Promise<StreamVerification | (LogVerification & { readonly keyId: string })> {
    if (query.stream !== undefined) {
      const result = await verifyStream(this.store, query.stream);
      if (!result) throw notFound(`No stream ${query.stream}.`);
      return result;
    }
    const key = await this.keyring.key();
    return { ...(await verifyLog(this.store, key.publicKey)), keyId: key.keyId };
  }

  @Get('checkpoints')
  @ApiOperation({ summary: 'The signed checkpoints of the global log, oldest first' })
  async checkpoints(): Promise<{ readonly keyId: string; readonly checkpoints: Checkpoint[] }> {
    const checkpoints: Checkpoint[] = [];
    for await (const page of streamPages(this.store, CHECKPOINT_STREAM_ID)) {
      checkpoints.push(...page.map((event) => event.data as Checkpoint));
    }
    return { keyId: (await this.keyring.key()).keyId, checkpoints };
  }

  @Get('public-key')
  @Header('content-type', 'application/x-pem-file')
  @ApiProduces('application/x-pem-file')
  @ApiOperation({ summary: 'The Ed25519 public key checkpoints and exports are signed with (PEM)' })
  async publicKey(): Promise<string> {
    return (await this.keyring.key()).publicKeyPem;
  }
}
