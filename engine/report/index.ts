export { buildFunnelReport, REVIEW_AUDIT_NODE } from './funnel';
export type { FunnelReport, FunnelReportInput, RepLine, ReportRep, ReviewOutcome } from './funnel';
export { barChartSvg, funnelReportHtml, funnelReportSlack, SLACK_LIMITS } from './render';
