#!/usr/bin/env node
// Tiny shim: the real entry is the bundle built by `npm install` (scripts/build.js).
import module from 'node:module';

// Node 22.1+ caches compiled code between runs; on Node 20 this is a no-op.
module.enableCompileCache?.();
await import('../dist/cli.js');
