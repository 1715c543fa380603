import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoLockPolicy, DEFAULT_IDLE_MINUTES, IdleLock } from '../../../core/vault/auto-lock.ts';

const MINUTE = 60_000;

describe('the auto-lock policy', () => {
  it('locks 15 minutes after the last activity unless told otherwise', () => {
    const policy = new AutoLockPolicy();
    expect(DEFAULT_IDLE_MINUTES).toBe(15);
    expect(policy.isDue(15 * MINUTE - 1, 0)).toBe(false);
    expect(policy.isDue(15 * MINUTE, 0)).toBe(true);
    expect(policy.lockAt(1000)).toBe(1000 + 15 * MINUTE);
  });

  it('takes a chosen idle time', () => {
    const policy = new AutoLockPolicy(5);
    expect(policy.isDue(5 * MINUTE - 1, 0)).toBe(false);
    expect(policy.isDue(5 * MINUTE, 0)).toBe(true);
  });

  it('falls back to 15 minutes for a setting outside 1 minute to 8 hours, never to "never"', () => {
    for (const bad of [0, -5, 481, Number.NaN, Number.POSITIVE_INFINITY, 2.5]) {
      expect(new AutoLockPolicy(bad).idleMs).toBe(15 * MINUTE);
    }
    expect(new AutoLockPolicy(480).idleMs).toBe(480 * MINUTE);
  });

  it('locks when no activity was recorded at all', () => {
    expect(new AutoLockPolicy().isDue(0, undefined)).toBe(true);
  });

  it('does not count a clock set back as idle time', () => {
    expect(new AutoLockPolicy().isDue(0, 10 * MINUTE)).toBe(false);
  });

  it('records activity at most every 30 seconds', () => {
    const policy = new AutoLockPolicy();
    expect(policy.worthRecording(0, undefined)).toBe(true);
    expect(policy.worthRecording(29_999, 0)).toBe(false);
    expect(policy.worthRecording(30_000, 0)).toBe(true);
  });
});

describe('the idle lock on a timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks once, after the idle time', () => {
    const onLock = vi.fn();
    const lock = new IdleLock(new AutoLockPolicy(15), onLock);
    vi.advanceTimersByTime(15 * MINUTE - 1);
    expect(onLock).not.toHaveBeenCalled();
    expect(lock.locked).toBe(false);
    vi.advanceTimersByTime(1);
    expect(onLock).toHaveBeenCalledTimes(1);
    expect(lock.locked).toBe(true);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('is pushed back by activity', () => {
    const onLock = vi.fn();
    const lock = new IdleLock(new AutoLockPolicy(15), onLock);
    vi.advanceTimersByTime(10 * MINUTE);
    lock.activity();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onLock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5 * MINUTE);
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('ignores activity once locked: unlocking needs the passphrase again', () => {
    const onLock = vi.fn();
    const lock = new IdleLock(new AutoLockPolicy(1), onLock);
    vi.advanceTimersByTime(MINUTE);
    lock.activity();
    expect(lock.locked).toBe(true);
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('locks at once when woken after a sleep longer than the idle time', () => {
    const onLock = vi.fn();
    let now = Date.now();
    new IdleLock(new AutoLockPolicy(15), onLock, () => now);
    // The computer slept: the clock jumped, the timer fires late once.
    now += 3 * 60 * MINUTE;
    vi.advanceTimersByTime(15 * MINUTE);
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('re-arms rather than locking when the timer fires early', () => {
    const onLock = vi.fn();
    let now = Date.now();
    new IdleLock(new AutoLockPolicy(15), onLock, () => now);
    // The timer fires but the clock says only 14 minutes passed (clock adjusted back a minute).
    now += 14 * MINUTE;
    vi.advanceTimersByTime(15 * MINUTE);
    expect(onLock).not.toHaveBeenCalled();
    now += MINUTE;
    vi.advanceTimersByTime(MINUTE);
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('stops without locking', () => {
    const onLock = vi.fn();
    new IdleLock(new AutoLockPolicy(15), onLock).stop();
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onLock).not.toHaveBeenCalled();
  });
});
