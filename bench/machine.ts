import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/**
 * What a result file records about the machine: the runs share it with other work, so the load average
 * before and after says how far to trust the figures.
 */
export function machineInfo(loadAverageBefore: readonly number[]) {
  return {
    platform: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: oneDecimal(totalmem() / 2 ** 30),
    freeMemoryGiB: oneDecimal(freemem() / 2 ** 30),
    loadAverageBefore: loadAverageBefore.map(twoDecimals),
    loadAverageAfter: loadavg().map(twoDecimals),
  };
}
