import { createRequire } from 'node:module';
import type * as Playwright from 'playwright-core';

/**
 * Playwright, loaded as the CommonJS package it is. An ESM `import` of it makes Node scan its
 * 3 MB bundle for named exports before running it: about an eighth of a second on every start of
 * the command, before the first page is asked for.
 */
const playwright = createRequire(import.meta.url)('playwright-core') as typeof Playwright;

export const { chromium, devices, errors } = playwright;
