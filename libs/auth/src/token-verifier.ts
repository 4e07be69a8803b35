import { actorFromClaims, MAX_AGENCY_CODE_LENGTH } from './actor-claims';
import { quoteClaim } from './claim-text';
import { failureFromJoseError } from './jose-failure';
import {
  CLOCK_TOLERANCE_SECONDS,
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
} from './token-defaults';
import { tokenFailure, TokenVerification } from './token-failure';
import { lifetimeFailure } from './token-lifetime';
import {
  resolveVerificationKey,
  SigningAlgorithm,
  VerificationKey,
  VerificationKeySource,
} from './verification-key';

/**
 * Whether an agency code names an agency of the catalog (shipped or registered at run time). The app
 * supplies it, so this library needs neither the store nor the app to check the "agency" claim.
 */
export type IsKnownAgency = (code: string) => boolean | Promise<boolean>;

export interface TokenVerifierOptions {
  readonly issuer?: string;
  readonly audience?: string;
  /** ES256 only unless RS256 is allowed explicitly, for identity providers that sign with RSA. */
  readonly algorithms?: readonly SigningAlgorithm[];
  readonly clockToleranceSeconds?: number;
  /** The longest span exp - iat a token may have; DEFAULT_MAX_TOKEN_LIFETIME_SECONDS (12 hours) unless set. */
  readonly maxLifetimeSeconds?: number;
  /** Required: a verifier that cannot tell a known agency from an invented one must not exist. */
  readonly isKnownAgency: IsKnownAgency;
  readonly now?: () => Date;
}

/** Verifies bearer tokens and turns them into Actors; never throws for a bad token, it refuses it. */
export class TokenVerifier {
  private readonly issuer: string;
  private readonly audience: string;
  private readonly maxLifetimeSeconds: number;

  private constructor(
    private readonly key: VerificationKey,
    private readonly options: TokenVerifierOptions,
  ) {
    this.issuer = options.issuer ?? DEFAULT_ISSUER;
    this.audience = options.audience ?? DEFAULT_AUDIENCE;
    this.maxLifetimeSeconds = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  }

  static async create(source: VerificationKeySource, options: TokenVerifierOptions): Promise<TokenVerifier> {
    const max = options.maxLifetimeSeconds;
    // A setting, not a token: a bad one stops the start instead of refusing every request later.
    if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
      throw new Error(`the maximum token lifetime must be a positive whole number of seconds, not ${max}`);
    }
    const key = await resolveVerificationKey(source, options.algorithms ?? ['ES256']);
    return new TokenVerifier(key, options);
  }

  async verify(token: string): Promise<TokenVerification> {
    let payload;
    try {
      const verifyOptions = {
        issuer: this.issuer,
        audience: this.audience,
        algorithms: [...this.key.algorithms],
        clockTolerance: this.options.clockToleranceSeconds ?? CLOCK_TOLERANCE_SECONDS,
        // maxTokenAge makes jose require a numeric iat, refuse one ahead of the clock, and one too old.
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: this.maxLifetimeSeconds,
        currentDate: this.options.now?.(),
      };
      ({ payload } = await this.key.verify(token, verifyOptions));
    } catch (error) {
      return failureFromJoseError(error, {
        issuer: this.issuer,
        audience: this.audience,
        maxLifetimeSeconds: this.maxLifetimeSeconds,
      });
    }
    const tooLong = lifetimeFailure(payload, this.maxLifetimeSeconds);
    if (tooLong) return tooLong;
    const claimed = actorFromClaims(payload);
    if (!claimed.ok || claimed.actor.agency === undefined) return claimed;
    return (await this.agencyFailure(claimed.actor.agency)) ?? claimed;
  }

  private async agencyFailure(agency: string): Promise<TokenVerification | undefined> {
    let known: boolean;
    try {
      known = await this.options.isKnownAgency(agency);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return tokenFailure('agency-lookup-unavailable', `the agency catalog could not be read: ${detail}`);
    }
    if (known) return undefined;
    return tokenFailure(
      'unknown-agency',
      `claim "agency" ${quoteClaim(agency, MAX_AGENCY_CODE_LENGTH)} is not an agency of the catalog; an admin registers state and local agencies`,
    );
  }
}
