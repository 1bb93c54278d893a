import type { Lexicon } from './types';

/**
 * English lexicon. Spaces in patterns match any run of white space; the engine adds Unicode
 * word boundaries at both ends, so "demo" does not match "demographics".
 */
export const en: Lexicon = {
	language: 'en',
	languageMarkers: [],
	chronoLocale: 'en',
	phrases: {
		buying_action: [
			{
				pattern:
					'(?:book|schedule|set up|arrange|get|see|request|want|need|like) (?:a |an |the )?(?:live |quick |product |personal )?demo(?:nstration)?s?',
				strength: 1,
				value: { action: 'demo' },
			},
			{ pattern: 'demo(?:nstration)?s?', strength: 0.8, value: { action: 'demo' } },
			{
				pattern:
					'(?:pricing|price list|price sheet|prices|price quote|how much (?:does|do|would|will|is|are|for)|what (?:does|would) (?:it|this|that) cost|cost (?:of|for) (?:your|the|a|an) (?:\\w+ )?(?:product|platform|software|tool|service|plan|licen[cs]e|subscription|seat|user))',
				strength: 0.75,
				value: { action: 'pricing' },
			},
			{
				pattern:
					'(?:send|get|need|request|want|provide|give) (?:us |me )?(?:a |an |your )?(?:formal )?(?:quote|quotation|proposal|estimate|offer)',
				strength: 1,
				value: { action: 'quote' },
			},
			{ pattern: '(?:quote|quotation|proposal)s?', strength: 0.8, value: { action: 'quote' } },
			{
				pattern: '(?:free )?(?:trial|pilot|proof of concept|poc)',
				strength: 0.7,
				value: { action: 'trial' },
			},
			{
				pattern: '(?:please )?(?:call|phone|ring) (?:me|us)(?: back)?',
				strength: 0.95,
				value: { action: 'call' },
			},
			{
				pattern: '(?:give|gimme) (?:me |us )?a (?:call|ring)',
				strength: 0.95,
				value: { action: 'call' },
			},
			{
				pattern:
					'(?:a |the )?(?:sales |intro |discovery |quick )?call (?:with|from) (?:sales|someone|a rep|your team)',
				strength: 0.95,
				value: { action: 'call' },
			},
			{
				pattern:
					'(?:book|schedule|set up|arrange|have|get|request|want|need|choose) (?:a |the )?(?:sales |intro |discovery |quick |short |phone |video )?(?:call|meeting|chat)',
				strength: 0.9,
				value: { action: 'call' },
			},
			{
				pattern: 'sales (?:call|team|rep|representative|department|contact)',
				strength: 0.95,
				value: { action: 'contact_sales' },
			},
			{
				pattern:
					'(?:talk|speak|chat|get in touch|connect|contact|reach) (?:to|with)? ?(?:your |the |a |someone (?:in|from) )?(?:sales|account executive|sales rep)',
				strength: 1,
				value: { action: 'contact_sales' },
			},
			{ pattern: '(?:contact|reach|call) sales', strength: 1, value: { action: 'contact_sales' } },
			{
				pattern:
					'(?:connect|put|transfer|forward) (?:me|us) (?:to|with|through to) (?:someone|somebody|a person|sales|your sales|the sales)',
				strength: 0.95,
				value: { action: 'contact_sales' },
			},
			{
				pattern:
					'(?:talk|speak|chat) (?:to|with) (?:someone|somebody|a person|a human|a real person)',
				strength: 0.85,
				value: { action: 'contact_sales' },
			},
			{
				pattern: 'sales(?:man|person|people|men)?',
				strength: 0.8,
				value: { action: 'contact_sales' },
			},
			{
				pattern: 'contact (?:the |your )?(?:team|someone|you)',
				strength: 0.75,
				value: { action: 'contact_sales' },
			},
			{ pattern: '(?:appointment|meeting)s?', strength: 0.8, value: { action: 'call' } },
			{
				pattern:
					'(?:buy|get|have|purchase|want) (?:a |an |the )?(?:paid )?(?:subscription|license|licence|plan|package)s?',
				strength: 0.8,
				value: { action: 'purchase' },
			},
			{ pattern: 'enterprise', strength: 0.75, value: { action: 'purchase' } },
			{
				pattern: '(?:a |the )?(?:phone )?call(?: (?:please|back|me))?',
				strength: 0.7,
				value: { action: 'call' },
			},
			{
				pattern: '(?:rfp|rfq|request for (?:proposal|quotation|quote)|tender)',
				strength: 1,
				value: { action: 'rfp' },
			},
			{
				pattern: '(?:purchase order|p\\.?o\\. number)',
				strength: 1,
				value: { action: 'purchase_order' },
			},
			{
				pattern:
					'(?:(?:buy|purchase|order) (?:\\w+ ){0,2}?(?:licen[cs]es?|seats?|subscriptions?|plans?|tiers?|editions?|accounts?|the (?:product|software|platform|tool|service|solution)|your (?:product|software|platform|tool|service|solution|plan)|it|this)|subscribe to (?:the |your )?(?:enterprise|business|pro|team) (?:plan|tier|edition)|sign (?:the )?contract)',
				strength: 0.8,
				value: { action: 'purchase' },
			},
			{
				pattern: '(?:enterprise|business|team) (?:plan|edition|license|licence|version|tier)',
				strength: 0.7,
				value: { action: 'purchase' },
			},
			{ pattern: '(?:licen[cs]es?|seats) for', strength: 0.7, value: { action: 'purchase' } },
			{
				pattern:
					'(?:next steps|ready to (?:move forward|buy|sign|start|proceed|commit|purchase)|move forward with you)',
				strength: 0.85,
				value: { action: 'purchase' },
			},
			{ pattern: '(?:book|booking|bookin)', strength: 0.75, value: { action: 'call' } },
		],
		budget: [],
		pain: [
			{
				pattern: '(?:spreadsheets?|excel sheets?) (?:break|breaks|broke|are|is|keep|crash)\\w*',
				strength: 0.9,
			},
			{
				pattern: '(?:manual(?:ly)?|by hand|copy[- ]paste|copying and pasting|re-?keying)',
				strength: 0.7,
			},
			{
				pattern:
					'(?:spend|spending|waste|wasting|lose|losing) (?:\\d+ |hours|days|weeks|time|too much time)\\w*',
				strength: 0.85,
			},
			{
				pattern:
					'(?:losing|lost|lose|losses|leaking) (?:deals|customers|clients|revenue|money|leads|orders|sales)',
				strength: 0.95,
			},
			{
				pattern:
					'(?:struggl\\w+|frustrat\\w+|painful|nightmare|headache|bottleneck\\w*|chaos|chaotic|mess)',
				strength: 0.75,
			},
			{
				pattern:
					'(?:error-prone|errors|mistakes|falls? through the cracks|missed (?:calls|leads|deadlines|follow-ups))',
				strength: 0.7,
			},
			{ pattern: "(?:can'?t|cannot|unable to) (?:keep up|scale|handle|track|see)", strength: 0.85 },
			{ pattern: "(?:doesn'?t|does not|won'?t) scale|outgr[eo]wn?|outgrowing", strength: 0.85 },
			{
				pattern:
					'(?:too slow|too expensive|costs? us|costing us|inefficien\\w+|downtime|churn\\w*)',
				strength: 0.75,
			},
			{
				pattern: '(?:keeps? (?:failing|breaking|crashing)|breaks? every|broke again|fails? every)',
				strength: 0.85,
			},
			{
				pattern:
					'(?:problem|issue|challenge|pain point)s? (?:with|is|are) (?:our|the current|our current|existing)',
				strength: 0.7,
			},
			{ pattern: '(?:compliance|audit) (?:risk|issue|deadline|finding)s?', strength: 0.7 },
		],
		competitor: [
			{ pattern: '(?:switch\\w*|mov\\w+|migrat\\w+) (?:away )?from', strength: 0.95 },
			{
				pattern:
					'(?:replac\\w+|ditch\\w*|get rid of|sunset\\w*) (?:our |the )?(?:current|existing|legacy|old)',
				strength: 0.9,
			},
			{
				pattern: '(?:alternative to|unhappy with|fed up with|disappointed with|leaving)',
				strength: 0.8,
			},
			{
				pattern:
					'(?:contract|license|licence|subscription|agreement) (?:with \\w+ )?(?:ends|expires|is up|runs out|renews|is ending|is expiring|comes up for renewal)',
				strength: 0.95,
			},
			{
				pattern: '(?:current|existing) (?:vendor|provider|tool|system|platform|solution|crm)',
				strength: 0.6,
			},
		],
		authority: [
			{
				pattern:
					'(?:ceo|cfo|coo|cto|cio|cro|cmo|cpo|chief \\w+ officer|founder|co-founder|cofounder|owner|president|managing director|general manager|partner at)',
				strength: 1,
				value: { level: 'executive' },
			},
			{ pattern: '(?:vp|svp|evp|vice president)(?: of)?', strength: 0.9, value: { level: 'vp' } },
			{
				pattern: '(?:head of|director of|director|head)',
				strength: 0.8,
				value: { level: 'director' },
			},
			{
				pattern:
					'(?:decision[- ]maker|i (?:make|sign off on|approve) the (?:decision|purchase|budget)|i own the budget|final say|sign(?:ing)? authority|budget holder)',
				strength: 0.95,
				value: { level: 'decision_maker' },
			},
			{
				pattern: '(?:procurement|purchasing) (?:lead|manager|team|department)',
				strength: 0.7,
				value: { level: 'procurement' },
			},
			{ pattern: '(?:manager|team lead|lead)', strength: 0.45, value: { level: 'manager' } },
		],
		spam: [
			{
				pattern:
					'(?:seo|search engine optimi[sz]ation|backlinks?|guest posts?|domain authority|first page of google|rank(?:ing)? (?:higher|#?1|on google|your (?:site|website))|increase your (?:traffic|sales|ranking))',
				strength: 0.95,
			},
			{
				pattern:
					'(?:web ?design|website redesign|app development|social media marketing|digital marketing|lead generation) (?:services?|agency|company|packages?)',
				strength: 0.85,
			},
			{
				pattern:
					'(?:casino|viagra|cialis|crypto ?currency|bitcoin|forex|payday loan|adult|xxx|dating site)',
				strength: 1,
			},
			{
				pattern:
					"(?:you(?:'ve| have)? (?:won|been selected)|winner|congratulations|claim (?:your|a) (?:prize|reward|cash|gift)|cash prize|\\bprize\\b|free (?:entry|gift|iphone|ringtone|tones?|vouchers?)|urgent!)",
				strength: 0.95,
			},
			{ pattern: '(?:txt|text|reply|send) (?:stop|yes|win|\\w+ to \\d{4,6})', strength: 0.9 },
			{
				pattern:
					'(?:click (?:here|the link|below)|limited time offer|act now|100% (?:free|guaranteed)|risk[- ]free|unsubscribe|opt out|t&cs?|t ?& ?c apply)',
				strength: 0.85,
			},
			{ pattern: '(?:call|dial) 0[89]\\d{6,}', strength: 1 },
			{
				pattern:
					'(?:investment opportunity|\\d+ ?% (?:monthly|weekly|daily|guaranteed) (?:returns?|profits?)|guaranteed (?:returns?|profits?)|double your money|passive income|crypto (?:signals|trading bot))',
				strength: 0.95,
			},
			{
				pattern:
					'(?:has|have) been (?:\\w+ )?(?:selected|nominated|chosen) (?:for|as) (?:an? |the )?(?:\\w+ ){0,3}?(?:award|prize|listing|feature)|(?:processing|listing|registration|handling) fee',
				strength: 0.9,
			},
			{
				pattern:
					'(?:buy|get|gain) (?:\\d+[k]?|real|more|cheap) (?:\\w+ )?(?:followers|likes|views|subscribers|reviews)|instant delivery',
				strength: 0.95,
			},
			{
				pattern: '(?:\\d+p ?(?:per|/) ?min|150ppm|\\d+p/msg|per msg|pobox|po box \\d+)',
				strength: 0.95,
			},
		],
		vendor_pitch: [
			{
				pattern:
					"(?:we are|we're) (?:a|an) (?:leading|top|award[- ]winning|full[- ]service|offshore)",
				strength: 0.9,
			},
			{
				pattern:
					'(?:partnership|collaboration|sponsorship|affiliate|reseller|white[- ]label) (?:opportunit\\w+|program\\w*|proposal)',
				strength: 0.9,
			},
			{
				pattern:
					'(?:partner with you|work with your (?:company|team|brand)|introduce (?:our|my) (?:company|services|agency)|our services|we offer|we provide|we specialize in|outsourc\\w+)',
				strength: 0.75,
			},
			{
				pattern:
					'(?:i|we) (?:can|could|would love to) (?:help you|build|design|redesign|improve) (?:your|you)',
				strength: 0.7,
			},
		],
		job_seeker: [
			{
				pattern:
					'(?:job|position|vacanc\\w+|opening|role|internship|employment|career)s? (?:at|with|in) (?:your|you)',
				strength: 0.9,
			},
			{
				pattern:
					'(?:my (?:cv|resume|résumé|portfolio)|attached (?:my )?(?:cv|resume)|apply(?:ing)? for (?:a |the )?(?:job|position|role)|looking for (?:a )?(?:job|work|employment|internship)|are you hiring|job application)',
				strength: 0.95,
			},
		],
		student: [
			{
				pattern:
					"(?:i'?m a student|i am a student|as a student|my (?:thesis|dissertation|homework|assignment|class|professor)|school project|university project|college project|research paper|for my (?:course|studies))",
				strength: 0.9,
			},
		],
		browsing: [
			{
				pattern:
					'(?:just (?:browsing|looking|curious|checking)|no (?:immediate|current) (?:need|plans?)|not (?:ready|looking) to (?:buy|purchase|commit)|maybe (?:next|later this) year|some ?day|down the road|early (?:research|stages?)|exploring (?:options|the market))',
				strength: 0.85,
			},
		],
		nurture_interest: [
			{
				pattern:
					'(?:newsletter|mailing list|subscribe (?:me|us)|subscrib(?:e|ing) to (?:your |the )?(?:newsletter|blog|updates|list|mailing list|content|podcast)|sign (?:me|us) up|signing up for (?:your |the )?(?:newsletter|updates|webinar)|signup|(?:product |email |monthly )?updates)',
				strength: 0.8,
			},
			{
				pattern:
					'(?:blog (?:posts?|articles?)|reading list|the slides|benchmark reports?|industry reports?|free (?:tier|plan|version|guides?|resources|templates?|account)|explore (?:it )?on (?:my|our) own|keep an eye on (?:the market|things|your)|nothing (?:is )?planned|still (?:figuring out|deciding|exploring)|not sure (?:yet )?(?:if|whether) we (?:need|want)|whether we need (?:\\w+ )*?at all|for future reference)',
				strength: 0.75,
			},
			{
				pattern:
					"(?:get(?:ting)? started|learn (?:more|about|how)|how (?:do|can|to) (?:i|we|you)? ?(?:build|create|start|learn|use)|tutorials?|getting started|webinar|whitepaper|e-?book|case stud\\w+|resources|basics|i'?m new)",
				strength: 0.6,
			},
		],
		support_request: [
			{
				pattern:
					"(?:can'?t|cannot|unable to) (?:log ?in|sign ?in|access|login|reset)|(?:log ?in|login|sign[- ]?in|password) (?:issue|problem|error|not working|fails?)|reset (?:my|the) password|forgot (?:my )?password|locked out",
				strength: 0.95,
			},
			{
				pattern:
					"(?:bug|error|exception|crash\\w*|broken|not working|doesn'?t work|isn'?t working|stopped working|won'?t (?:train|start|load|work|run|install)|fails? to|failing|glitch)",
				strength: 0.75,
			},
			{
				pattern:
					'(?:invoice|receipt|billing|refund|charged twice|overcharged|credit card (?:was )?charged|payment failed)',
				strength: 0.9,
			},
			{
				pattern:
					'(?:cancel|close|delete|downgrade) (?:my|our) (?:subscription|account|plan|membership)',
				strength: 0.95,
			},
			{
				pattern:
					"(?:existing|current) (?:customer|client|user|subscriber|account holder|licensee)|our account|my account|support ticket|ticket (?:number|#)|(?:i|we) (?:already )?(?:use|have) your|(?:have|'ve) been using (?:your|the) (?:\\w+ )?(?:platform|tool|product|software|app|service|system)|(?:we|i) (?:signed up|subscribed|purchased|bought|licensed) (?:in|on|last|back|a few|two|three|\\d)|rolled (?:the tool|it|the platform|the software|your \\w+) out|known (?:issue|bug)|workaround|(?:someone|somebody) (?:from|in|on) (?:your )?support|support team|blank (?:screen|page)|error (?:message|code)|can no longer (?:open|access|log ?in|see|use|save|export)|stopped (?:working|sending|syncing|loading|showing|updating|responding|importing|exporting)",
				strength: 0.75,
			},
			{
				pattern:
					'(?:how (?:do|can|to) (?:i|we)? ?(?:install|configure|set up|setup|upgrade|deploy|integrate|connect|restart|train|debug|fix)|install\\w*|documentation|docs|api (?:key|error|limit)|sdk|pip)',
				strength: 0.6,
			},
			{
				pattern:
					'(?:need|want|get) (?:some )?(?:help|support|assistance) (?:with|on|for)|technical (?:question|issue|problem)|having (?:an? )?(?:issue|problem|trouble)',
				strength: 0.7,
			},
		],
		prompt_injection: [
			{
				pattern:
					'(?:ignore|disregard|forget|override) (?:all |any )?(?:the )?(?:previous|prior|above|earlier|preceding|your) (?:instructions|prompts?|rules|directions|messages)',
				strength: 1,
			},
			{
				pattern:
					'(?:mark|classify|score|rate|tag|route|flag) (?:me|this (?:lead|message|request)|us) (?:as )?(?:a )?(?:hot|qualified|high[- ]priority|urgent|100|top|vip)',
				strength: 1,
			},
			{
				pattern:
					'(?:system prompt|you are now|act as (?:a|an|the)|new instructions|jailbreak|</?(?:system|assistant|instructions)>|\\[/?inst\\])',
				strength: 0.9,
			},
		],
		negation: [
			{
				pattern:
					"(?:no|zero|without (?:a|any)|(?:don'?t|do not|doesn'?t|does not) have (?:a|any)|haven'?t got (?:a|any)) (?:real |dedicated |allocated )?(?:budget|funding)(?: (?:yet|for this|right now|at the moment))?",
				strength: 0.8,
				value: { negates: 'budget' },
			},
			{
				pattern:
					"(?:budget|funding) (?:is )?(?:not|n't) (?:yet )?(?:approved|allocated|set|available|confirmed)",
				strength: 0.8,
				value: { negates: 'budget' },
			},
			{
				pattern:
					'(?:no (?:rush|hurry|timeline|deadline)|not (?:urgent|in a hurry)|(?:no|not a) priority)',
				strength: 0.7,
				value: { negates: 'deadline' },
			},
			{
				pattern: '(?:not|never) (?:interested|buying|looking to buy)',
				strength: 0.8,
				value: { negates: 'buying_action' },
			},
		],
		off_topic: [
			{
				pattern:
					"(?:how (?:are|r) (?:you|u|ya|xou)|how'?s it going|how is it going|how (?:you|ya|u) doing|how have you been|what'?s up|how do you do|how old are you|are (?:you|u) (?:a )?(?:bot|robot|human|real|ai|machine|facebook|google|alexa|siri)|(?:who|what) are you|who (?:made|built|created) you|what(?:'?s| is| exactly is) (?:your|my) name|what name do i|tell me a joke|the weather|do you speak|parles|which languages|what languages|what can you do|i love you|you'?re (?:cute|funny|smart|stupid|dumb)|good (?:morning|night|evening)|what did you eat|do you have the time|can you (?:make|cook|sing|dance))",
				strength: 0.8,
			},
			{
				pattern:
					'(?:lol|lmao|haha+|hehe+|omg|wtf|:\\)|:\\(|;\\)|:-\\)|:v|xoxo|luv|gr8|2nite|tonite|2mrw|2moro|4got|ur|u r|wat|wot|pls|plz|da|lar|lor|juz|thk|abt|dat|dis|cos|coz|cuz|nite|hav|msg|txt|u|c u|k|ok lor|yest|wif|oni|ya|ye|hw|wen|gud|d)',
				strength: 0.45,
			},
		],
	},
	negators: [
		'no',
		'not',
		"don't",
		'dont',
		'do not',
		"doesn't",
		'does not',
		"didn't",
		'never',
		'without',
		"haven't",
		'have not',
		"isn't",
		'is not',
		"aren't",
		'no need for',
		"won't",
		'nor',
	],
	budgetCues: [
		'budget',
		'budgeted',
		'spend',
		'spending',
		'invest',
		'investment',
		'allocated',
		'set aside',
		'approved',
		'up to',
		'around',
		'about',
		'roughly',
		'max',
		'maximum',
		'range',
		'ballpark',
		'funding',
		'afford',
	],
	budgetApproved: [
		'budget (?:is |has been |was )?(?:approved|signed off|secured|allocated|in place|confirmed)',
		'(?:approved|signed[- ]off|secured|allocated) budget',
		'(?:we|i) have (?:the )?budget',
		'funding (?:is )?(?:secured|approved|in place)',
	],
	budgetPeriods: {
		'per month': 'month',
		'a month': 'month',
		'/month': 'month',
		'/mo': 'month',
		monthly: 'month',
		'per mo': 'month',
		'per year': 'year',
		'a year': 'year',
		'/year': 'year',
		'/yr': 'year',
		annually: 'year',
		annual: 'year',
		yearly: 'year',
		'per annum': 'year',
		'p.a.': 'year',
		'per quarter': 'quarter',
		quarterly: 'quarter',
		'per week': 'week',
		weekly: 'week',
	},
	currencyWords: {
		usd: 'USD',
		dollars: 'USD',
		dollar: 'USD',
		bucks: 'USD',
		eur: 'EUR',
		euros: 'EUR',
		euro: 'EUR',
		gbp: 'GBP',
		pounds: 'GBP',
		pound: 'GBP',
		quid: 'GBP',
		cad: 'CAD',
		aud: 'AUD',
		chf: 'CHF',
		francs: 'CHF',
		jpy: 'JPY',
		yen: 'JPY',
		inr: 'INR',
		rupees: 'INR',
		mxn: 'MXN',
		pesos: 'MXN',
		sek: 'SEK',
		nok: 'NOK',
		dkk: 'DKK',
		brl: 'BRL',
		reais: 'BRL',
	},
	scaleNouns: {
		seats: 'seats',
		seat: 'seats',
		users: 'users',
		user: 'users',
		licenses: 'seats',
		licences: 'seats',
		employees: 'employees',
		staff: 'employees',
		people: 'employees',
		'team members': 'employees',
		agents: 'agents',
		reps: 'agents',
		'sales reps': 'agents',
		drivers: 'drivers',
		trucks: 'vehicles',
		vehicles: 'vehicles',
		locations: 'sites',
		sites: 'sites',
		stores: 'sites',
		offices: 'sites',
		warehouses: 'sites',
		branches: 'sites',
		clinics: 'sites',
		restaurants: 'sites',
		countries: 'countries',
		customers: 'customers',
		clients: 'customers',
		accounts: 'accounts',
		'leads a month': 'leads',
		'leads per month': 'leads',
		'orders a day': 'orders',
		'orders per day': 'orders',
		'tickets a month': 'tickets',
		devices: 'devices',
		endpoints: 'devices',
	},
	magnitudeWords: {
		k: 1e3,
		thousand: 1e3,
		m: 1e6,
		mm: 1e6,
		mn: 1e6,
		million: 1e6,
		b: 1e9,
		bn: 1e9,
		billion: 1e9,
	},
	deadlineCues: [
		'by',
		'before',
		'until',
		'till',
		'no later than',
		'deadline',
		'due',
		'within',
		'in the next',
		'next',
		'this',
		'end of',
		'go live',
		'go-live',
		'launch',
		'start',
		'renews',
		'expires',
		'ends',
		'timeline',
		'asap',
		'urgent',
		'urgently',
		'immediately',
		'tomorrow',
		'today',
	],
	urgentPhrases: [
		'asap',
		'a\\.s\\.a\\.p\\.?',
		'as soon as possible',
		'urgent(?:ly)?',
		'immediately',
		'right away',
		'right now',
		'this week',
		'straight away',
	],
	months: [
		'january',
		'february',
		'march',
		'april',
		'may',
		'june',
		'july',
		'august',
		'september',
		'october',
		'november',
		'december',
	],
	dateWords: [
		'monday',
		'tuesday',
		'wednesday',
		'thursday',
		'friday',
		'saturday',
		'sunday',
		'mon',
		'tue',
		'wed',
		'thu',
		'fri',
		'today',
		'tomorrow',
		'tonight',
		'day',
		'days',
		'week',
		'weeks',
		'month',
		'months',
		'year',
		'years',
		'quarter',
		'weekend',
		'jan',
		'feb',
		'mar',
		'apr',
		'jun',
		'jul',
		'aug',
		'sep',
		'sept',
		'oct',
		'nov',
		'dec',
		'one',
		'two',
		'three',
		'four',
		'five',
		'six',
		'a couple',
		'few',
	],
	coarseDateWords: ['year', 'years', 'quarter'],
	endOfPhrases: ['end of', 'the end of', 'by the end of', 'close of'],
	yearEndPhrases: ['end of (?:the )?year', 'year[- ]end', 'eoy', 'end of (?:the )?fiscal year'],
};
