package entity

// compassCases: a point of the compass before a place the gazetteer knows names a part of that
// place, not a body named after it ("Carnegie Europe"); a compass word before anything else is
// left to the other rules.
var compassCases = []tcase{
	{
		text:     "With operations in Southwest Asia continuing, the wing will send another 90 airmen to the region in the spring.",
		mentions: []string{"Southwest Asia/LOC"},
	},
	{
		text:     "Drought has spread across Northeast Africa this year, and the agency said harvests in Kenya would fall by a third.",
		mentions: []string{"Northeast Africa/LOC", "Kenya/LOC"},
	},
	{
		text:     "Tankers flying from Qatar refuel fighters over Southwest Asia every night, the commander said.",
		mentions: []string{"Southwest Asia/LOC", "Qatar/LOC"},
	},
	{
		text:     "Southwest Airlines cancelled 400 flights on Monday after a storm hit Texas.",
		mentions: []string{"Texas/LOC"},
		not:      []string{"Southwest Asia"},
	},
}

// pluralCases: the plural of a noun English writes in lower case, capitalised alone in
// mid-sentence as military and government releases write it, names a group of people, not a
// body; the name beside it stays.
var pluralCases = []tcase{
	{
		text:     "A cool morning greeted the Jordan Armed Forces as they welcomed Soldiers visiting from the artillery regiment for a live-fire exercise.",
		mentions: []string{"Jordan Armed Forces/ORG"},
		not:      []string{"Soldiers"},
	},
	{
		text:     "The ministry said Soldiers from the brigade had cleared the road to Mosul by Tuesday.",
		mentions: []string{"Mosul/LOC"},
		not:      []string{"Soldiers"},
	},
	{
		text:     "The commander thanked the Soldiers who repaired the bridge near Kirkuk.",
		mentions: []string{"Kirkuk/LOC"},
		not:      []string{"Soldiers"},
	},
	{
		text:     "The general praised Residents who helped Soldiers clear the rubble in Raqqa.",
		mentions: []string{"Raqqa/LOC"},
		not:      []string{"Soldiers", "Residents"},
	},
}

// employerCases: a name before a job held at a firm ("X analyst", "X economists") names the
// employer, a body; a person's name in that place is left a person's.
var employerCases = []tcase{
	{
		text:     "In a research note on Tuesday, Kestrel analyst Jonathan Weir said the market had misread the results.",
		mentions: []string{"Kestrel/ORG", "Jonathan Weir/PER"},
	},
	{
		text:     "Output fell short of the agreed cuts in November, Harrowgate analyst Carsten Vogel said.",
		mentions: []string{"Harrowgate/ORG", "Carsten Vogel/PER"},
	},
	{
		text:     "Brindlemoor economists expect the central bank to hold rates until the spring.",
		mentions: []string{"Brindlemoor/ORG"},
	},
	{
		text:     "Former aide Mark Hollis, now a Fenwright strategist, said the plan would fail.",
		mentions: []string{"Fenwright/ORG", "Mark Hollis/PER"},
	},
}

// kinCases: a name whose possessive owns a relative is a person's, as no body has kin; a known
// body's name keeps its type.
var kinCases = []tcase{
	{
		text:     "Marlowe's wife filed for divorce in March, court records show.",
		mentions: []string{"Marlowe/PER"},
	},
	{
		text:     "The police questioned Dravik's grandson after the fire at the warehouse.",
		mentions: []string{"Dravik/PER"},
	},
	{
		text:     "Google's parent company reported higher profits on Tuesday.",
		mentions: []string{"Google/ORG"},
	},
}

// legalFormCases: a name and a company's legal form after a comma is a company's, though the
// name alone elsewhere has no other cue.
var legalFormCases = []tcase{
	{
		text:     "The deal extends the reach of Varnholt's monitors. Steve Menet, vice president of sales for Varnholt, Inc., says the system is ready.",
		mentions: []string{"Varnholt/ORG"},
	},
	{
		text:     "Shares of Quellmark, Ltd. rose after the results.",
		mentions: []string{"Quellmark/ORG"},
	},
}

// madeThingCases: a noun for a firm's job or for a machine types the name before it however like
// a person's it reads ("X Y analyst", "the X Y supercomputer"); a shop named with its owner's
// possessive is one name, a body's; a word in capitals after "code" is no name; a film's title
// after "scene from" is a work's; a name in apposition to "a … group" is a body's.
var madeThingCases = []tcase{
	{
		text:     "Shares rose 3%, said James Pelling analyst Dana Whitcombe on Tuesday.",
		mentions: []string{"James Pelling/ORG", "Dana Whitcombe/PER"},
	},
	{
		text:     "The simulation ran on the Hollis Wren supercomputer in Bristol for a year.",
		mentions: []string{"Hollis Wren/MISC", "Bristol/LOC"},
	},
	{
		text:     "On Monday she visited Joe's Pizza in Trenton before the rally.",
		mentions: []string{"Joe's Pizza/ORG", "Trenton/LOC"},
		not:      []string{"Joe"},
	},
	{
		text:     "The imprint, which had been acquired by Varley’s, published the novel in 2004.",
		mentions: []string{"Varley’s/ORG"},
	},
	{
		text:     "Torvell is taking $250 off retail models with promo code TORSAVE this week.",
		mentions: []string{"Torvell/MISC"},
		not:      []string{"TORSAVE"},
	},
	{
		text:     "In the final scene from Braemoor, the hero rides into the hills.",
		mentions: []string{"Braemoor/MISC"},
	},
	{
		text:     "According to Harwell a British monitoring group there were 140 casualties in March.",
		mentions: []string{"Harwell/ORG"},
	},
	{
		text:     "Dana Whitcombe, a former army officer, said the road was closed.",
		mentions: []string{"Dana Whitcombe/PER"},
	},
}
