package entity

// epithetCases hold sentences of war reporting where a label word, a function word or a
// dateline's agency would otherwise become a name, and names next to them that stay.
var epithetCases = []tcase{
	{
		text:     "Militants of the Takfiri group ISIL fired missiles containing toxic gas at Kurdish fighters in Hasakeh.",
		mentions: []string{"ISIL", "Hasakeh/LOC"},
		not:      []string{"Takfiri", "Militants"},
	},
	{
		text:     "Barrage of shells Rebels fired a barrage of at least 300 shells into western Aleppo on Monday.",
		mentions: []string{"Aleppo/LOC"},
		not:      []string{"Rebels"},
	},
	{
		text:     "The army lost control of them hours earlier. Rebel held areas in the south of Aleppo province faced heavy strikes.",
		mentions: []string{"Aleppo/LOC"},
		not:      []string{"Rebel"},
	},
	{
		text:     "Aleppo SANA-Terrorist organizations fired tens of shells on the residential neighborhoods of Aleppo city.",
		mentions: []string{"Aleppo"},
		not:      []string{"Aleppo SANA-Terrorist", "SANA-Terrorist"},
	},
	{
		text:     "US-led warplanes carried out strikes against positions of Al-Qaeda's Syria affiliate Al-Nusra Front on Tuesday.",
		mentions: []string{"Al-Nusra Front/ORG"},
		not:      []string{"Al-Nusra Front on"},
	},
	{
		text:     "At least 50 members of the terrorist Group were killed near Aleppo. In another incident five people were killed in Homs.",
		mentions: []string{"Aleppo/LOC", "Homs/LOC"},
		not:      []string{"Group", "In"},
	},
	{
		text:     "A military source told SANA that Army units shelled the positions, and the Rebel Faction denied it. Division 30 called on the Nusra Front to stop.",
		mentions: []string{"SANA", "Army", "Rebel Faction", "Nusra Front"},
	},
	{
		text:     "Major job cuts at AT and T. The long distance giant is slashing jobs.",
		mentions: []string{"AT"},
	},
	{
		text:     "Air raid kills 21 at Syria market Monitor AFP Thursday 24 Apr 2014 An air strike on a market killed 21 people.",
		mentions: []string{"Syria/LOC", "AFP/ORG"},
		not:      []string{"Monitor", "Syria market Monitor"},
	},
	{
		text:     "Syria fighting kills 132 Islamic State fighters Monitor Reuters Wednesday 25 Feb 2015 At least 132 fighters died.",
		mentions: []string{"Islamic State", "Reuters/ORG"},
		not:      []string{"Monitor"},
	},
	{
		text:     "The Christian Science Monitor reported the strike, and the Monitor said on Friday that AFP confirmed it.",
		mentions: []string{"Christian Science Monitor/ORG", "AFP/ORG"},
	},
}
