import nock from 'nock';

/**
 * For the tests of the enclosing block: a request no nock mock answers fails instead of reaching
 * the network, and each test starts with no mocks left over from the one before.
 */
export function useMockedHttpOnly(): void {
	beforeEach(() => nock.disableNetConnect());
	afterEach(() => {
		nock.cleanAll();
		nock.enableNetConnect();
	});
}
