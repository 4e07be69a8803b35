export { EsdbEventStore } from './esdb-event-store';
export {
  createEsdbClient,
  esdbConnectionSettings,
  type EsdbClient,
  type EsdbConnectionSettings,
} from './esdb-client';
export { defaultReconnectPolicy, type ReconnectPolicy } from './reconnect-policy';
