import type { Page } from 'playwright-core';

/**
 * Holds the page's feedback change feed from now on: every `feedback.changes` request waits
 * until `release()`, so a change another compiler makes meanwhile is not heard by the page before
 * the person acts. `held()` counts the requests held so far; `release()` lets them go on to the
 * server, then the feed is the page's own again (every route of the page is removed).
 */
export async function holdChangeFeed(page: Page): Promise<{ held(): number; release(): Promise<void> }> {
  let open!: () => void;
  const released = new Promise<void>((resolve) => (open = resolve));
  let held = 0;
  await page.route('**/api/rpc/feedback.changes', async (route) => {
    held++;
    await released;
    await route.continue();
  });
  return {
    held: () => held,
    async release() {
      open();
      await page.unrouteAll({ behavior: 'wait' });
    },
  };
}
