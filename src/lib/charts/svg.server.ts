// Renders a chart option to an SVG string on the server (printed reports, pages without JavaScript).
import type { EChartsOption } from 'echarts';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echarts-parts';

echarts.use([SVGRenderer]);

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]!);

/**
 * The chart as a self-contained SVG: named for assistive technology (`role="img"`, `aria-label`,
 * `<title>`), and with its own text direction. ECharts places every label by its physical left or
 * right edge, but SVG's `text-anchor` start/end follow the text direction, so inside a
 * right-to-left page the labels would slide over the axes and legend symbols; for right to left
 * the anchors are swapped, which keeps ECharts' geometry and the Arabic reading order.
 */
export function renderChartSvg(
	option: EChartsOption,
	size: { width: number; height: number },
	text: { rtl: boolean; label: string }
): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
	let svg: string;
	try {
		chart.setOption({ ...option, tooltip: undefined });
		svg = chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
	if (text.rtl) {
		svg = svg.replace(
			/ text-anchor="(start|end)"/g,
			(_, anchor) => ` text-anchor="${anchor === 'start' ? 'end' : 'start'}"`
		);
	}
	const label = escape(text.label);
	return svg.replace(
		/^<svg ([^>]*)>/,
		(_, attributes) =>
			`<svg ${attributes} direction="${text.rtl ? 'rtl' : 'ltr'}" role="img" aria-label="${label}"><title>${label}</title>`
	);
}
