export { KafkaFanOut } from './kafka-fan-out';
export { type KafkaFanOutConfig, kafkaConfigFromEnv } from './kafka-config';
export { PRODUCER_CONFIG, SEND_SETTINGS } from './producer-settings';
