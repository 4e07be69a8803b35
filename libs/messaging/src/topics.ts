/**
 * Topic names belong to the event contract (libs/contracts owns and tests them); they are re-exported
 * here so code that only moves messages need not reach into the contracts for them.
 */
export { agencyTopic, EVENTS_TOPIC, isLegalTopicName, stateTopic, topicsFor } from '@hstf/contracts';
