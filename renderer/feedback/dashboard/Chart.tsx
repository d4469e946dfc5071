import { useEffect, useRef } from 'react';
import { type ChartOption, type ECElementEvent, echarts } from './echarts.ts';

/**
 * One ECharts chart in a div: made once, given each new option whole (`notMerge`), resized with
 * its box, disposed on unmount. `onClick` gets the element clicked (a bar, a heat map cell).
 */
export function Chart({ option, onClick, className, testId, label }: { option: ChartOption; onClick(event: ECElementEvent): void; className: string; testId: string; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  useEffect(() => {
    const made = echarts.init(box.current!, null, { renderer: 'svg' });
    chart.current = made;
    made.on('click', (event) => click.current(event as ECElementEvent));
    const resize = new ResizeObserver(() => made.resize());
    resize.observe(box.current!);
    return () => {
      resize.disconnect();
      made.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={box} className={className} data-testid={testId} role="img" aria-label={label} />;
}
