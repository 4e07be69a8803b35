import { LiaisonInbox } from './liaison-inbox';
import { MeController } from './me.controller';

export const ME_CONTROLLERS = [MeController];

/** Registered in the app module beside ReadPosition and READ_MODELS, which they use. */
export const ME_PROVIDERS = [LiaisonInbox];
