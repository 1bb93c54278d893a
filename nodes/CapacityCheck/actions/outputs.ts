/**
 * Assign has three outputs, and a fourth, Duplicate, while the Duplicate Window is on; Release
 * and Confirm Delivery one. Runs in n8n's expression sandbox: self-contained, so the default window (60, from version
 * 2) is written here again; a test holds it to CAPACITY_DEFAULTS.duplicateWindowMinutes.
 */
export function configuredOutputs(
	nodeVersion: number,
	parameters: { operation?: string; options?: { duplicateWindow?: unknown } },
) {
	if (parameters.operation === 'release') return [{ type: 'main', displayName: 'Released' }];
	if (parameters.operation === 'confirmDelivery')
		return [{ type: 'main', displayName: 'Confirmed' }];
	const outputs = [
		{ type: 'main', displayName: 'Assigned' },
		{ type: 'main', displayName: 'No Capacity' },
		{ type: 'main', displayName: 'Not Routed' },
	];
	const window = parameters.options?.duplicateWindow ?? (nodeVersion >= 2 ? 60 : 0);
	// Only an explicit 0 turns it off: an expression is only known per execution, and a wrong value
	// must reach the node to be reported.
	if (window !== 0) outputs.push({ type: 'main', displayName: 'Duplicate' });
	return outputs;
}
