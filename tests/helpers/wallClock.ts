/**
 * Milliseconds since the epoch, with performance.now()'s resolution: the one clock the processes
 * of a load run share (each process's timeOrigin is read from the system clock when it starts).
 * The runner measures each process's offset from its own before it trusts it.
 */
export const wallClock = (): number => performance.timeOrigin + performance.now();
