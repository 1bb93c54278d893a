// The one owner account of the e2e's n8n user folder: checkTypes.js sets it up first, and every
// later script (evaluation.js) logs in as the same owner, since n8n allows one owner setup.
'use strict';
module.exports.OWNER = {
	email: 'owner@intent-funnel.test',
	firstName: 'E2E',
	lastName: 'Owner',
	password: ['Intent', 'Funnel', '2026'].join('-'),
};
