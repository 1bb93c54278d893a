/** A rep's row of the Funnel Report, in the order its columns appear here. */
export type RepRow = [
	id: string,
	name: string,
	assigned: number,
	busiestDay: { day: string; leads: number } | null,
	maxLeadsPerDay: number | null,
	maxOpenLeads: number | null,
	openNow: number | null,
];

/** The report's `reps` as a table: one line per rep instead of one object literal each. */
export const repRows = (rows: RepRow[]) =>
	rows.map(([id, name, assigned, busiestDay, maxLeadsPerDay, maxOpenLeads, openNow]) => ({
		id,
		name,
		assigned,
		busiestDay,
		maxLeadsPerDay,
		maxOpenLeads,
		openNow,
	}));
