#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx casebook` works from a fresh clone with no build.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
