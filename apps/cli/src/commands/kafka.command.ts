import { Command } from 'commander';
import { kafkaAclsCommand } from './kafka-acls.command';

/** `hstf kafka`: the broker's side of need-to-know (users and ACLs per agency and state). */
export const kafkaCommand = (): Command =>
  new Command('kafka')
    .description("Kafka: each agency's and state's user and ACLs")
    .addCommand(kafkaAclsCommand());
