/**
 * The script-tag entry (IIFE): defines <stodkollen-kalkyl> and `window.Stodkollen`. Loading it twice
 * is harmless: the first definition and the first API stay.
 */
import './zod-global.ts';
import { api } from './api.ts';
import { defineStodkollenKalkyl } from './element.tsx';
import { removeOurZodGlobal } from './zod-global.ts';

removeOurZodGlobal();
const w = window as unknown as { Stodkollen?: unknown };
w.Stodkollen ??= Object.freeze(api);
defineStodkollenKalkyl();
