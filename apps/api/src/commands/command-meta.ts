import { CommandMeta } from '@hstf/domain';
import { CommandContext } from './command-context';

/**
 * The domain's view of who acts: an agency only when the actor is a liaison speaking for it. Command-centre
 * roles act for the command centre even when their token names an agency they belong to.
 */
export const commandMeta = (context: CommandContext, now = new Date()): CommandMeta => ({
  now: now.toISOString(),
  actorAgency: context.actor.roles.includes('liaison') ? context.actor.agency : undefined,
});
