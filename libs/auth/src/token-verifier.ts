import { jwtVerify, KeyLike } from 'jose';
import { actorFromClaims } from './actor-claims';
import { failureFromJoseError } from './jose-failure';
import { CLOCK_TOLERANCE_SECONDS, DEFAULT_AUDIENCE, DEFAULT_ISSUER } from './token-defaults';
import { TokenVerification } from './token-failure';
import {
  resolveVerificationKey,
  SigningAlgorithm,
  VerificationKey,
  VerificationKeySource,
} from './verification-key';

export interface TokenVerifierOptions {
  readonly issuer?: string;
  readonly audience?: string;
  /** ES256 only unless RS256 is allowed explicitly, for identity providers that sign with RSA. */
  readonly algorithms?: readonly SigningAlgorithm[];
  readonly clockToleranceSeconds?: number;
  readonly now?: () => Date;
}

/** Verifies bearer tokens and turns them into Actors; never throws for a bad token, it refuses it. */
export class TokenVerifier {
  private readonly issuer: string;
  private readonly audience: string;

  private constructor(
    private readonly key: VerificationKey,
    private readonly options: TokenVerifierOptions,
  ) {
    this.issuer = options.issuer ?? DEFAULT_ISSUER;
    this.audience = options.audience ?? DEFAULT_AUDIENCE;
  }

  static async create(
    source: VerificationKeySource,
    options: TokenVerifierOptions = {},
  ): Promise<TokenVerifier> {
    const key = await resolveVerificationKey(source, options.algorithms ?? ['ES256']);
    return new TokenVerifier(key, options);
  }

  async verify(token: string): Promise<TokenVerification> {
    try {
      const verifyOptions = {
        issuer: this.issuer,
        audience: this.audience,
        algorithms: [...this.key.algorithms],
        clockTolerance: this.options.clockToleranceSeconds ?? CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
        currentDate: this.options.now?.(),
      };
      // Two calls because jose types the key-object and key-resolver overloads separately.
      const { payload } =
        typeof this.key.key === 'function'
          ? await jwtVerify(token, this.key.key, verifyOptions)
          : await jwtVerify(token, this.key.key as KeyLike, verifyOptions);
      return actorFromClaims(payload);
    } catch (error) {
      return failureFromJoseError(error, { issuer: this.issuer, audience: this.audience });
    }
  }
}
