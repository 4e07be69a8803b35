import 'reflect-metadata';
import { Command } from 'commander';
import { auditCommand } from './commands/audit.command';
import { demoCommand } from './commands/demo.command';
import { kafkaCommand } from './commands/kafka.command';
import { projectionsCommand } from './commands/projections.command';
import { schemaCommand } from './commands/schema.command';
import { tokenCommand } from './commands/token.command';

/** `hstf`: dev tokens, demo data, audit, projection and Kafka tools. Run as `npm run -s cli -- <command>`. */
const program = new Command('hstf')
  .description('HSTF command center tools')
  .addCommand(tokenCommand())
  .addCommand(demoCommand())
  .addCommand(auditCommand())
  .addCommand(projectionsCommand())
  .addCommand(kafkaCommand())
  .addCommand(schemaCommand());

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`hstf: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
