/**
 * Writes the Funnel Report's HTML email for the sample day the report's tests assert
 * (test/helpers/funnelItems.ts), for the README's picture: `npm run screenshot -- report`.
 *   npx ts-node --transpile-only scripts/report-sample.ts OUT.html
 */
import { writeFileSync } from 'node:fs';

import { buildFunnelReport, funnelReportHtml } from '../engine';
import {
	funnelItem,
	PERIOD,
	ROSTER,
	SAMPLE_DAY,
	SAMPLE_STORE_COUNTS,
} from '../test/helpers/funnelItems';

const [out] = process.argv.slice(2);
if (!out) throw new Error('Usage: report-sample.ts OUT.html');
writeFileSync(
	out,
	funnelReportHtml(
		buildFunnelReport({
			items: SAMPLE_DAY.map(funnelItem),
			...PERIOD,
			reps: ROSTER,
			storeCounts: SAMPLE_STORE_COUNTS,
		}),
	),
);
console.log(`wrote ${out}`);
