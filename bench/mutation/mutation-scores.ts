/** The part of Stryker's JSON report (mutation-testing-report-schema) the scores are computed from. */
export interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: ReadonlyArray<{ readonly status: string }> }>>;
}

export interface Score {
  /** Detected / (detected + undetected), in percent: Stryker's "mutation score". */
  readonly score: number;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Mutants that did not compile or crashed the run: counted by Stryker, outside the score. */
  readonly errors: number;
  readonly ignored: number;
  readonly mutants: number;
}

const count = (statuses: readonly string[], ...wanted: string[]) =>
  statuses.filter((status) => wanted.includes(status)).length;

export function scoreOf(statuses: readonly string[]): Score {
  const killed = count(statuses, 'Killed');
  const timeout = count(statuses, 'Timeout');
  const survived = count(statuses, 'Survived');
  const noCoverage = count(statuses, 'NoCoverage');
  const detected = killed + timeout;
  const valid = detected + survived + noCoverage;
  return {
    score: valid === 0 ? 100 : Math.round((detected / valid) * 10_000) / 100,
    killed,
    timeout,
    survived,
    noCoverage,
    errors: count(statuses, 'CompileError', 'RuntimeError'),
    ignored: count(statuses, 'Ignored'),
    mutants: statuses.length,
  };
}

/** The lib a mutated file belongs to: `libs/<lib>/src/...`. */
export const libOf = (file: string): string | undefined => /(?:^|\/)libs\/([^/]+)\/src\//.exec(file)?.[1];

export function scoresByLib(report: MutationReport, root: string): Record<string, Score> {
  const statuses = new Map<string, string[]>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const lib = libOf(relativeTo(root, file));
    if (!lib) continue;
    statuses.set(lib, [...(statuses.get(lib) ?? []), ...mutants.map((m) => m.status)]);
  }
  return Object.fromEntries([...statuses].map(([lib, all]) => [lib, scoreOf(all)]));
}

export function scoresByFile(report: MutationReport, root: string): Record<string, Score> {
  return Object.fromEntries(
    Object.entries(report.files).map(([file, { mutants }]) => [
      relativeTo(root, file),
      scoreOf(mutants.map((m) => m.status)),
    ]),
  );
}

const relativeTo = (root: string, file: string): string =>
  file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
