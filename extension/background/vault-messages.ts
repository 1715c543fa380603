/**
 * The vault's messages: extension pages (dashboard, popup, prefill panel) ask the background to
 * unlock, lock, change the passphrase or note activity. Parsed on arrival like every message. A
 * content script never gets an answer: the background checks the sender before parsing.
 */
import * as z from 'zod/mini';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../../core/vault/auto-lock.ts';
import type { VaultFailure } from '../../core/vault/errors.ts';

// Long enough for any passphrase a person types; short enough that a message cannot make the
// KDF hash megabytes.
const passphrase = z.string().check(z.maxLength(1024));

export const VaultRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('vault:status') }),
  z.object({ type: z.literal('vault:unlock'), passphrase }),
  z.object({
    type: z.literal('vault:unlock-recovery'),
    recoveryCode: z.string().check(z.maxLength(100)),
  }),
  z.object({ type: z.literal('vault:lock') }),
  /** Sent by extension pages on user input, at most every 30 s; pushes the auto-lock back. */
  z.object({ type: z.literal('vault:activity') }),
  z.object({
    type: z.literal('vault:set-idle-minutes'),
    idleMinutes: z.number().check(z.int(), z.gte(MIN_IDLE_MINUTES), z.lte(MAX_IDLE_MINUTES)),
  }),
  z.object({ type: z.literal('vault:change-passphrase'), current: passphrase, next: passphrase }),
  /** After unlocking with the recovery code: a new passphrase without the old one. */
  z.object({ type: z.literal('vault:reset-passphrase'), next: passphrase }),
  /**
   * An extension page asks for the unlocked keys, to read the records it shows. Answered only
   * while unlocked (the auto-lock is checked first), and only to extension pages.
   */
  z.object({ type: z.literal('vault:keys') }),
  /** Setup in the dashboard: the new vault's keys, once its header is stored. */
  z.object({ type: z.literal('vault:adopt'), secret: z.string().check(z.maxLength(200)) }),
]);
export type VaultRequest = z.output<typeof VaultRequestSchema>;

/**
 * - none: no vault; the records are kept unencrypted ("okrypterat").
 * - locked: a vault exists and its key is not in memory; nothing can be read or filled.
 * - unlocked: the key is held in the background until `lockAt` (ms since the epoch).
 */
export type VaultStatus =
  | { state: 'none' }
  | { state: 'locked'; idleMinutes: number }
  | { state: 'unlocked'; idleMinutes: number; lockAt: number };

export type VaultAnswer =
  | {
      ok: true;
      status: VaultStatus;
      /** Only for `vault:keys` while unlocked: the data key, for the page's memory only. */
      secret?: string;
    }
  | { ok: false; error: VaultFailure; status: VaultStatus };
