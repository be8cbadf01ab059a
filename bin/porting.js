#!/usr/bin/env node
// The `porting` command. Runs the TypeScript sources through tsx (always the current sources, no build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
