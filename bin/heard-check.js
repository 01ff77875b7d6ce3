#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx heard-check` works right after `npm install`, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../plain/cli/main.ts');
