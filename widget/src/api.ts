/** The one global the script tag adds besides its element: `window.Stodkollen`. */
import { RULESET } from '../../core/rules/parameters.ts';
import { version } from '../../package.json';
import { TAG } from './config.ts';
import { defineStodkollenKalkyl } from './element.tsx';

export interface StodkollenApi {
  version: string;
  ruleset: { version: string; date: string };
  tag: string;
  /** Defines the element under another name too, e.g. when the page already uses the default. */
  define(tag?: string): void;
}

export const api: StodkollenApi = {
  version,
  ruleset: { ...RULESET },
  tag: TAG,
  define: defineStodkollenKalkyl,
};
