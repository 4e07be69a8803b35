// Prints one plain closing line, "N passed, N failed, N skipped", as the very last line of the output, so
// a CI that reads only the end of the log can tell what ran. Jest's own summary is printed after reporters'
// onRunComplete, hence the write at process exit (stdout to a file or pipe is synchronous on Linux).
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } =
      results;
    const line = `${numPassedTests} passed, ${numFailedTests + numRuntimeErrorTestSuites} failed, ${numPendingTests + numTodoTests} skipped`;
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
