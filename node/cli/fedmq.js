#!/usr/bin/env node
// The `fedmq` command. fedmq runs its TypeScript through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
