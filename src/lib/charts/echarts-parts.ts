// The ECharts parts the product uses: registered once, for the browser and the server alike.
import { BarChart, LineChart } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';

echarts.use([
	BarChart,
	LineChart,
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent
]);

export { echarts };
