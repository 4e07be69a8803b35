import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '@hstf/auth';
import { EVENT_STORE, EventStore } from '@hstf/event-store';
import { READ_MODELS, ReadModelQueries, ReadModelUnavailable } from '@hstf/projections';
import { ApiMetrics } from '../observability/metrics';
import { readModelHealth } from './read-model-health';

@ApiTags('system')
@Public()
@Controller()
export class SystemController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly metrics: ApiMetrics,
    @Inject(READ_MODELS) private readonly readModels: ReadModelQueries,
  ) {}

  @Get('health')
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness: the event store answers; the position each read model has applied',
  })
  async check() {
    // Dead letters leave the read models up (they answer and keep up) but missing events: "degraded", 200.
    let degraded = false;
    const result = await this.health.check([
      async () => {
        const check = this.indicator.check('readModels');
        try {
          const health = await readModelHealth(this.readModels);
          degraded = health.deadLetters.length > 0;
          return check.up({ ...health });
        } catch (error) {
          // No projector has created the read models yet (distributed profile starting): commands still work.
          if (error instanceof ReadModelUnavailable) return check.up({ projections: error.message });
          return check.down({ message: error instanceof Error ? error.message : String(error) });
        }
      },
      async () => {
        const check = this.indicator.check('eventStore');
        try {
          const head = await this.store.headPosition();
          return check.up({ headPosition: String(head) });
        } catch (error) {
          return check.down({ message: error instanceof Error ? error.message : String(error) });
        }
      },
    ]);
    return degraded ? { ...result, status: 'degraded' as const } : result;
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  @ApiOperation({ summary: 'Prometheus metrics: commands by type and outcome, latency histogram' })
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
