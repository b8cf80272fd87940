// Renders a chart option to an SVG string on the server (printed reports, pages without JavaScript).
import type { EChartsOption } from 'echarts';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echarts-parts';

echarts.use([SVGRenderer]);

export function renderChartSvg(
	option: EChartsOption,
	size: { width: number; height: number }
): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
	try {
		chart.setOption({ ...option, tooltip: undefined });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}
