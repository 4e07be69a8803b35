import type { z } from 'zod';

/** Bad or missing settings, one line each (`NAME: reason`), for the operator to fix before anything runs. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** What is wrong with the environment for this schema: one line per setting, named as it is set. */
export function settingProblems(schema: z.ZodType, env: NodeJS.ProcessEnv): string[] {
  const result = schema.safeParse(env);
  return result.success ? [] : linesOf(result.error);
}

const linesOf = (error: z.ZodError): string[] =>
  error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);

/**
 * Every process reads its settings with this one function: the schema's, checked together with the
 * problems found elsewhere (`alsoWrong`, e.g. the other schemas of the same process), so that one start
 * names every bad setting at once instead of one per attempt.
 */
export function readSettings<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv,
  alsoWrong: readonly string[] = [],
): z.infer<S> {
  const result = schema.safeParse(env);
  const problems = [...(result.success ? [] : linesOf(result.error)), ...alsoWrong];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  return result.data;
}
