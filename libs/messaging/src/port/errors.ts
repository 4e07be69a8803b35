export class UnknownTopic extends Error {
  override readonly name = 'UnknownTopic';
  constructor(readonly topics: readonly string[]) {
    super(`Topic(s) not provisioned: ${topics.join(', ')}`);
  }
}

/** The in-process transport has one member per group: a second one would split nothing and double work. */
export class GroupAlreadyConsuming extends Error {
  override readonly name = 'GroupAlreadyConsuming';
  constructor(readonly group: string) {
    super(`Consumer group ${group} already has a consumer in this process`);
  }
}
