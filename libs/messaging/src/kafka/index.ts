export { KafkaFanOut } from './kafka-fan-out';
export { type KafkaFanOutConfig, kafkaConfigFromEnv } from './kafka-config';
export { type KafkaCompression, PRODUCER_CONFIG, sendSettings } from './producer-settings';
export {
  type KafkaSasl,
  type KafkaSecurity,
  type KafkaSecurityProblem,
  kafkaSecurityFromEnv,
  SASL_MECHANISMS,
  type SaslMechanism,
} from './kafka-security';
