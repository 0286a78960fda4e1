#!/usr/bin/env node
// The `beacon` command. Beacon runs its TypeScript directly through tsx: there is no build step
// to forget, and stack traces point at the sources.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
const code = await main(process.argv.slice(2));
// Every command has closed what it opened by now; exiting explicitly keeps a stray keep-alive
// socket or timer in a dependency from holding the terminal after Ctrl-C.
process.exit(code);
