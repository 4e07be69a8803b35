import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '@hstf/auth';
import { EventStore } from '@hstf/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ApiMetrics } from '../observability/metrics';

@ApiTags('system')
@Public()
@Controller()
export class SystemController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly metrics: ApiMetrics,
  ) {}

  @Get('health')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and readiness: the event store answers' })
  check() {
    return this.health.check([
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
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  @ApiOperation({ summary: 'Prometheus metrics: commands by type and outcome, latency histogram' })
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
