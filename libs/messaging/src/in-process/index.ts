export { InProcessFanOut, type InProcessFanOutOptions } from './in-process-fan-out';
