import { metricsStore, addRows, riyadh } from './tests/helpers/metrics-store';
import { computeFigures } from './src/lib/server/metrics/index';
const store = await metricsStore({ windowCounting: 'working' });
await addRows(store, Array.from({ length: 20 }, (_, i) => ({ id: `x${i}`, channel: 'phone', type: 'support_request' as const, receivedAt: riyadh(`2026-03-0${(i % 9) + 1}T09:00:00`), decidedAt: i % 3 ? riyadh(`2026-03-1${i % 9}T10:00:00`) : null })));
for (const source of ['rollup', 'raw'] as const) {
  const s = performance.now();
  const f = await computeFigures(store, { from: '2026-03-01', to: '2026-03-31' }, { source });
  console.log(source, (performance.now() - s).toFixed(0), f.turnaround.median_days, f.turnaround.decided_median_days);
}
store.close();
