import { accept, Decision, reject } from '../../shared';
import { RescindDirective, SupersedeDirective } from '../commands';
import { DirectiveEvent } from '../events';
import { IssuedDirective } from '../state';
import { requireText, requireUuid } from './refusal';

/** Superseding names the directive that replaces this one, so that its addressees can follow the chain. */
export function supersedeDirective(
  command: SupersedeDirective,
  state: IssuedDirective,
): Decision<DirectiveEvent> {
  const { supersededBy, reason } = command.data;
  const { directiveId } = state;
  const refusal =
    requireUuid('superseding directive id', supersededBy, directiveId) ??
    requireText('reason for superseding', reason, directiveId);
  if (refusal) return refusal;
  if (supersededBy === directiveId) {
    return reject(
      'DIRECTIVE_SUPERSEDED_BY_ITSELF',
      `Directive ${directiveId} cannot be superseded by itself; name the directive that replaces it.`,
    );
  }
  return accept({
    type: 'DirectiveSuperseded',
    data: { directiveId, supersededBy, reason, supersededAt: command.meta.now },
  });
}

export function rescindDirective(
  command: RescindDirective,
  state: IssuedDirective,
): Decision<DirectiveEvent> {
  const { reason } = command.data;
  const refusal = requireText('reason for rescinding', reason, state.directiveId);
  if (refusal) return refusal;
  return accept({
    type: 'DirectiveRescinded',
    data: { directiveId: state.directiveId, reason, rescindedAt: command.meta.now },
  });
}
