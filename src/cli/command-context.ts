/** What every `desk` subcommand gets: its options, its data folder and where to write. */
export interface CommandOptions {
  json: boolean;
  dryRun: boolean;
}

export interface CommandContext {
  options: CommandOptions;
  dataDir: string;
  print(line: string): void;
  error(line: string): void;
  /** Prints the message and the usage, and returns the usage exit code. */
  usageError(message: string): number;
}
