#!/usr/bin/env node
// Entry point for `npx judge`: registers tsx so the TypeScript sources run directly.
import { register } from 'tsx/esm/api';
register();
await import('./main.ts');
