import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI at /docs (UI) and /docs-json; every command documents its examples and problems. */
export function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('HSTF Command Center API')
    .setDescription(
      'Commands and queries of the Homeland Security Task Forces operational command center. ' +
        'Errors are RFC 9457 application/problem+json. Send Idempotency-Key on commands to retry safely, ' +
        'If-Match with the ETag to act on exactly the revision you saw.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
