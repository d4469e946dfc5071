/**
 * A task to run after the next frame has been painted, so that it is not part of the keystroke
 * whose frame is waiting (issue 9): `schedule()` asks for it (once however often it is asked
 * before it runs), and it runs in a task posted from the next animation frame, or after
 * `fallbackMs` when no frame comes (a hidden page draws none). `cancel()` drops what is asked.
 */
export function afterPaint(run: () => void, fallbackMs: number): { schedule(): void; cancel(): void } {
  let scheduled = false;
  let frame = 0;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  let posted: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    scheduled = false;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(posted);
  };
  const fire = () => {
    if (!scheduled) return;
    cancel();
    run();
  };
  return {
    schedule() {
      if (scheduled) return;
      scheduled = true;
      // The frame's callbacks run before it is painted; the task posted from them runs after.
      frame = requestAnimationFrame(() => (posted = setTimeout(fire, 0)));
      fallback = setTimeout(fire, fallbackMs);
    },
    cancel,
  };
}
