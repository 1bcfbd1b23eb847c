// Entry point of the `quotetrace` command: picks the command module and turns every failure into
// one line on stderr and an exit code. Each command lives in its own file; the work it does lives
// in src/ outside cli/ so the library and the server call the same functions.
import { UsageError } from './errors.js';

type Command = { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> };

const commands: Record<string, Command> = {
  extract: { summary: 'extract quotations from files (or - for stdin)', load: () => import('./extract.js') },
  eval: { summary: 'score the extractor on PolNeAR or Citron-format gold data', load: () => import('./eval.js') },
  ingest: { summary: 'add articles to a corpus and trace their quotations', load: () => import('./ingest.js') },
  search: { summary: 'find quotation clusters in a corpus', load: () => import('./search.js') },
  quote: { summary: 'provenance of one quotation cluster', load: () => import('./quote.js') },
  speaker: { summary: 'a person, their aliases and quotations', load: () => import('./speaker.js') },
  stats: { summary: 'counts of a corpus', load: () => import('./stats.js') },
  export: { summary: 'every quotation with its article metadata', load: () => import('./export.js') },
  serve: { summary: 'HTTP API and web UI over a corpus', load: () => import('./serve.js') },
  demo: { summary: 'build the demo corpus from examples/ and serve it (npm start)', load: () => import('./demo.js') },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return ['usage: quotetrace <command> [options]', '', ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)].join('\n');
}

/** `quotetrace … | head` closes the pipe early; that is the reader's choice, not an error. */
function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`quotetrace: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`quotetrace ${name}: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`quotetrace ${name}: ${message.split('\n')[0]}\n`);
    if (process.env.QUOTETRACE_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
