import { EventStoreDBClient } from '@eventstore/db-client';
import { parseConnectionString } from '@eventstore/db-client/dist/Client/parseConnectionString';

/** The part of the client the adapter calls: unit tests hand in a stub with these methods. */
export type EsdbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;

export interface EsdbConnectionSettings {
  readonly endpoints: readonly string[];
  readonly tls: boolean;
  /** DNS discovery (`esdb+discover://`) of a cluster through its gossip. */
  readonly discover: boolean;
}

/** Parsed with the client's own parser, so what we report is what the client will dial. */
export function esdbConnectionSettings(connectionString: string): EsdbConnectionSettings {
  const options = parseConnectionString(connectionString);
  return {
    endpoints: options.hosts.map((host) => `${host.address}:${host.port}`),
    tls: options.tls ?? true,
    discover: options.dnsDiscover,
  };
}

/** The client connects lazily, on the first call: creating it never touches the network. */
export function createEsdbClient(connectionString: string): EsdbClient {
  return EventStoreDBClient.connectionString(connectionString);
}
