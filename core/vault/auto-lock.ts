/**
 * When the vault locks itself: after `idleMinutes` without the user doing anything in Stödkollen
 * (default 15). The policy is plain arithmetic over timestamps so that the MV3 background, which
 * may be stopped and restarted at any time, can ask it again from a stored "last activity" on
 * every alarm and every start. `IdleLock` runs the same policy on a timer, for a page or a test.
 */
import * as z from 'zod/mini';

export const DEFAULT_IDLE_MINUTES = 15;
export const MIN_IDLE_MINUTES = 1;
/** A working day: longer would amount to never locking. */
export const MAX_IDLE_MINUTES = 8 * 60;
/** Activity is recorded at most this often: a keystroke need not write to storage.session. */
export const ACTIVITY_GRANULARITY_MS = 30_000;

export const AutoLockSettingsSchema = z.object({
  idleMinutes: z.number().check(z.int(), z.gte(MIN_IDLE_MINUTES), z.lte(MAX_IDLE_MINUTES)),
});
export type AutoLockSettings = z.output<typeof AutoLockSettingsSchema>;

export class AutoLockPolicy {
  readonly idleMs: number;

  constructor(readonly idleMinutes: number = DEFAULT_IDLE_MINUTES) {
    const checked = AutoLockSettingsSchema.safeParse({ idleMinutes });
    // A bad setting falls back to the default rather than to never locking.
    this.idleMinutes = checked.success ? idleMinutes : DEFAULT_IDLE_MINUTES;
    this.idleMs = this.idleMinutes * 60_000;
  }

  /** The moment the vault locks, given the last activity (milliseconds since the epoch). */
  lockAt(lastActivityAt: number): number {
    return lastActivityAt + this.idleMs;
  }

  isDue(now: number, lastActivityAt: number | undefined): boolean {
    // No recorded activity while unlocked (a lost session value, say): lock rather than guess.
    if (lastActivityAt === undefined || !Number.isFinite(lastActivityAt)) return true;
    // A clock set back makes "now" earlier than the last activity; that is not idleness.
    return now >= this.lockAt(lastActivityAt);
  }

  /** Whether an activity at `now` is worth recording, given the one recorded last. */
  worthRecording(now: number, lastRecordedAt: number | undefined): boolean {
    return lastRecordedAt === undefined || now - lastRecordedAt >= ACTIVITY_GRANULARITY_MS;
  }
}

/** The policy on a `setTimeout`: `activity()` pushes the lock back, `onLock` runs once. */
export class IdleLock {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastActivityAt = 0;
  #locked = false;

  constructor(
    private readonly policy: AutoLockPolicy,
    private readonly onLock: () => void,
    private readonly now: () => number = Date.now,
  ) {
    this.activity();
  }

  get locked(): boolean {
    return this.#locked;
  }

  activity(): void {
    if (this.#locked) return;
    this.#lastActivityAt = this.now();
    this.#schedule();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const wait = Math.max(0, this.policy.lockAt(this.#lastActivityAt) - this.now());
    this.#timer = setTimeout(() => this.#check(), wait);
  }

  #check(): void {
    if (this.#locked) return;
    if (this.policy.isDue(this.now(), this.#lastActivityAt)) {
      this.#locked = true;
      this.stop();
      this.onLock();
    } else {
      this.#schedule();
    }
  }
}
