import { readFileSync } from 'node:fs';

export const SASL_MECHANISMS = ['scram-sha-256', 'scram-sha-512'] as const;
export type SaslMechanism = (typeof SASL_MECHANISMS)[number];

/** A SASL/SCRAM login: the broker authorizes what the user may read and write by its ACLs. */
export type KafkaSasl = {
  // One member per mechanism, as kafkajs types its SASL options.
  readonly [M in SaslMechanism]: {
    readonly mechanism: M;
    readonly username: string;
    readonly password: string;
  };
}[SaslMechanism];

/** How a client reaches the brokers: SASL/SCRAM (need-to-know, DESIGN "Fan-out") and TLS. */
export interface KafkaSecurity {
  readonly sasl?: KafkaSasl;
  /** TLS with the system's CAs; the local broker speaks SASL without TLS (SASL_PLAINTEXT). */
  readonly ssl?: boolean;
}

export interface KafkaSecurityProblem {
  readonly variable: string;
  readonly message: string;
}

/**
 * KAFKA_SASL_USERNAME with KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE, a file holding only the
 * password, as container secrets are mounted), KAFKA_SASL_MECHANISM (scram-sha-256, the default, or
 * scram-sha-512) and KAFKA_SSL (true or false, default false). Without a user, no SASL: a broker that
 * enforces need-to-know refuses such a client.
 */
export function kafkaSecurityFromEnv(env: NodeJS.ProcessEnv): {
  security: KafkaSecurity;
  problems: KafkaSecurityProblem[];
} {
  const problems: KafkaSecurityProblem[] = [];
  const ssl = flag(env, 'KAFKA_SSL', problems);
  const username = env.KAFKA_SASL_USERNAME ?? '';
  const mechanism = (env.KAFKA_SASL_MECHANISM || 'scram-sha-256').toLowerCase();
  if (!(SASL_MECHANISMS as readonly string[]).includes(mechanism)) {
    problems.push({
      variable: 'KAFKA_SASL_MECHANISM',
      message: `must be one of ${SASL_MECHANISMS.join(', ')}, got ${JSON.stringify(env.KAFKA_SASL_MECHANISM)}`,
    });
  }
  if (username === '') {
    for (const variable of ['KAFKA_SASL_PASSWORD', 'KAFKA_SASL_PASSWORD_FILE'])
      if (env[variable]) problems.push({ variable, message: 'is set without KAFKA_SASL_USERNAME' });
    return { security: ssl ? { ssl } : {}, problems };
  }
  const password = passwordOf(env, problems);
  if (problems.length > 0 || password === undefined) return { security: {}, problems };
  return {
    security: {
      sasl: { mechanism: mechanism as SaslMechanism, username, password },
      ...(ssl ? { ssl } : {}),
    },
    problems,
  };
}

function passwordOf(env: NodeJS.ProcessEnv, problems: KafkaSecurityProblem[]): string | undefined {
  const { KAFKA_SASL_PASSWORD: inline, KAFKA_SASL_PASSWORD_FILE: file } = env;
  if (inline && file) {
    problems.push({ variable: 'KAFKA_SASL_PASSWORD_FILE', message: 'and KAFKA_SASL_PASSWORD are both set' });
    return undefined;
  }
  if (inline) return inline;
  if (!file) {
    problems.push({
      variable: 'KAFKA_SASL_PASSWORD',
      message: 'is required with KAFKA_SASL_USERNAME (or KAFKA_SASL_PASSWORD_FILE)',
    });
    return undefined;
  }
  try {
    // A trailing line break is an editor's, not the password's.
    const password = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    if (password === '') problems.push({ variable: 'KAFKA_SASL_PASSWORD_FILE', message: `${file} is empty` });
    return password;
  } catch (error) {
    problems.push({
      variable: 'KAFKA_SASL_PASSWORD_FILE',
      message: `cannot be read: ${(error as Error).message}`,
    });
    return undefined;
  }
}

function flag(env: NodeJS.ProcessEnv, name: string, problems: KafkaSecurityProblem[]): boolean {
  const raw = (env[name] ?? '').toLowerCase();
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  problems.push({ variable: name, message: `must be true or false, got ${JSON.stringify(env[name])}` });
  return false;
}
