import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'hstf:auth:public';

/** Marks a route or controller as open without a token: only /health, /metrics and /docs. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
