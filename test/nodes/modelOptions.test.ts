/**
 * The model-call options (Semantic Classifier and Intent Briefing) show the engine's
 * MODEL_CALL_DEFAULTS, and an unset option falls back on the same value.
 */
import { MODEL_CALL_DEFAULTS } from '../../engine';
import { MODEL_CALL_OPTIONS, modelCallSettings } from '../../nodes/shared/modelOptions';

describe('model-call defaults', () => {
	it('the node options show the engine defaults', () => {
		const shown = Object.fromEntries(
			MODEL_CALL_OPTIONS.map((option) => [option.name, option.default]),
		);
		expect(shown).toEqual({ ...MODEL_CALL_DEFAULTS });
	});

	it('an option left unset runs with the default the editor shows', () => {
		const shown = Object.fromEntries(
			MODEL_CALL_OPTIONS.map((option) => [option.name, option.default]),
		);
		expect(modelCallSettings({})).toEqual(modelCallSettings(shown));
		expect(modelCallSettings({})).toEqual({
			concurrency: 4,
			maxRetries: 2,
			redactContactDetails: true,
			timeoutMs: 20_000,
		});
	});

	it('keeps what the user set, and at least one call at a time', () => {
		expect(
			modelCallSettings({
				concurrency: 0,
				maxRetries: 0,
				redactContactDetails: false,
				timeoutMs: 500,
			}),
		).toEqual({ concurrency: 1, maxRetries: 0, redactContactDetails: false, timeoutMs: 500 });
	});
});
