export class RebuildInProgress extends Error {
  override readonly name = 'RebuildInProgress';
  constructor(
    readonly projection: string,
    readonly tableSet: string,
    readonly since: Date | null,
  ) {
    super(
      `${projection} is already being rebuilt into ${tableSet} (since ${since?.toISOString() ?? 'an unknown time'}); ` +
        'if that rebuild is no longer running, start again with --force',
    );
  }
}

/** Another rebuild was forced while this one ran, so this one must not switch. */
export class RebuildSuperseded extends Error {
  override readonly name = 'RebuildSuperseded';
  constructor(
    readonly projection: string,
    readonly tableSet: string,
  ) {
    super(`${projection}: the rebuild into ${tableSet} was taken over by another one; it did not switch`);
  }
}

/** At every attempt to switch, the live set had moved ahead again or the views were busy for too long. */
export class RebuildCouldNotCatchUp extends Error {
  override readonly name = 'RebuildCouldNotCatchUp';
  constructor(
    readonly projection: string,
    attempts: number,
  ) {
    super(
      `${projection}: the rebuilt table set was still behind the live one after ${attempts} attempts to switch`,
    );
  }
}
