// Prints one plain closing line, "N passed, N failed, N skipped", as the very last line of the output, so
// a CI that reads only the end of the log can tell what ran. Above it, one line per group of skipped tests
// with the name of its suite, which says why it was skipped (the EventStoreDB conformance suite without a
// server). Jest's own summary is printed after reporters' onRunComplete, hence the write at process exit
// (stdout to a file or pipe is synchronous on Linux).
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } =
      results;
    const skipped = new Map();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status !== 'pending' && test.status !== 'todo') continue;
        const suite = test.ancestorTitles[0] ?? test.title;
        skipped.set(suite, (skipped.get(suite) ?? 0) + 1);
      }
    }
    const lines = [...skipped].map(([suite, count]) => `skipped ${count}: ${suite}`);
    lines.push(
      `${numPassedTests} passed, ${numFailedTests + numRuntimeErrorTestSuites} failed, ${numPendingTests + numTodoTests} skipped`,
    );
    process.once('exit', () => process.stdout.write(`\n${lines.join('\n')}\n`));
  }
}
module.exports = SummaryReporter;
