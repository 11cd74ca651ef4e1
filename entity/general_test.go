package entity

// generalCases hold sentences of general news (business, politics, services, sport) written for
// the rules that keep talk, headline words and parts of longer names from becoming mentions.
var generalCases = []tcase{
	{
		text:     "Officials in Mobile said Hurricane Nadine would reach the coast on Friday.",
		mentions: []string{"Hurricane Nadine/MISC"},
	},
	{
		text:     "The talks in Geneva ended on 3 Oct 2015, and fighting resumed near Aleppo on 4 Sep 2015.",
		mentions: []string{"Geneva/LOC", "Aleppo/LOC"},
		not:      []string{"Oct", "Sep"},
	},
	{
		text:     "At least nine people were killed in air strikes on rebel areas around Kirkuk Thursday after shells hit the city, a monitor said.",
		mentions: []string{"Kirkuk/LOC"},
		not:      []string{"Kirkuk Thursday"},
	},
	{
		text:     "I’m sure it will sell, she said. We’re not worried. It’s fine. Let’s meet in Paris. They'll see. I'd go. Don’t wait.",
		mentions: []string{"Paris/LOC"},
		not:      []string{"I’m", "We’re", "It", "Let", "They'll", "I'd", "Don’t"},
	},
	{
		text:     "I'm told We've seen it, and You'll like it, said Omar Sa'd, who met O'Neill.",
		mentions: []string{"Omar Sa'd/PER", "O'Neill/PER"},
		not:      []string{"I'm", "We've", "You'll"},
	},
	{
		text:     "The tickets sold out in a day.If you want one, ask Dana Reed.There is a waiting list.",
		mentions: []string{"Dana Reed/PER"},
		not:      []string{"If", "There"},
	},
	{
		text:     "New York State Attorney General Nora Vale sued the firm in New York on Monday. The New York Times reported the suit. Vale said the case was strong.",
		mentions: []string{"New York State/LOC", "Nora Vale/PER/Attorney General", "New York/LOC", "New York Times/ORG", "Vale/PER"},
		not:      []string{"New York State Attorney", "Attorney"},
		same:     [][]string{{"Nora Vale", "Vale"}},
		apart:    [][2]string{{"New York", "New York State"}, {"New York", "New York Times"}},
	},
	{
		text:     "Kestrel Media Group bought the site. Kestrel Media will build there, Kestrel Bay residents said, and Kestrel said nothing.",
		mentions: []string{"Kestrel Media Group/ORG", "Kestrel Media/ORG", "Kestrel Bay", "Kestrel"},
		same:     [][]string{{"Kestrel Media Group", "Kestrel Media"}},
		apart:    [][2]string{{"Kestrel", "Kestrel Media Group"}, {"Kestrel Bay", "Kestrel Media Group"}},
	},
	{
		text:     "Mara Lind Okafor won the vote. Okafor thanked voters, and Mara Okafor later spoke to the press.",
		mentions: []string{"Mara Lind Okafor/PER", "Okafor/PER", "Mara Okafor/PER"},
		same:     [][]string{{"Mara Lind Okafor", "Okafor", "Mara Okafor"}},
	},
	{
		text:  "Mara Lind Okafor won the vote. Mara Lind, a town, cheered.",
		apart: [][2]string{{"Mara Lind Okafor", "Mara Lind"}},
	},
	{
		text:     "Shoppers queued in Leeds on Black Friday, and the stores opened early on Cyber Monday.",
		mentions: []string{"Leeds/LOC"},
		not:      []string{"Black", "Cyber"},
	},
	{
		text:     "Post-Workout Meal\n\nEat oats an hour after training, said the coach Dana Reed in Leeds.\n\nSafe Water Tips\n\nBoil it first.",
		mentions: []string{"Dana Reed/PER", "Leeds/LOC"},
		not:      []string{"Post-Workout Meal", "Safe Water Tips"},
	},
	{
		text:     "The charity funds one standout programme (Pumps for Clean Wells). Pumps for Clean Wells fits taps in Kenya.",
		mentions: []string{"Pumps for Clean Wells/ORG", "Kenya/LOC"},
		not:      []string{"Clean Wells"},
	},
	{
		text:     "A grant went to Nurses for Rural Health, and Farmers for Fair Prices met in Leeds.",
		mentions: []string{"Nurses for Rural Health/ORG", "Farmers for Fair Prices/ORG", "Leeds/LOC"},
		not:      []string{"Rural Health", "Fair Prices"},
	},
	{
		text:     "Earnings for GM rose in Leeds.",
		mentions: []string{"GM/ORG", "Leeds/LOC"},
		not:      []string{"Earnings for GM"},
	},
	{
		text:     "The report was filed by Dana Reed for Reuters in Leeds.",
		mentions: []string{"Dana Reed/PER", "Reuters/ORG", "Leeds/LOC"},
		not:      []string{"Dana Reed for Reuters"},
	},
	{
		text:     "Dana Reed, Vice President of Sales for Kestrel Media, spoke in Leeds.",
		mentions: []string{"Dana Reed/PER", "Kestrel Media/ORG", "Leeds/LOC"},
		not:      []string{"Sales for Kestrel Media"},
	},
	{
		text:     "Engineers set out a “Shortest Road to the Stars” plan, and Dana Reed read “The Seven Rules of Quiet Leaders” twice.",
		mentions: []string{"Shortest Road to the Stars/MISC", "The Seven Rules of Quiet Leaders/MISC", "Dana Reed/PER"},
		not:      []string{"Shortest Road", "Stars", "Quiet Leaders"},
	},
	{
		text:     "Dana Reed said: “Leeds is ready for the games.” Crowds sang “Leeds is Ours” in the square.",
		mentions: []string{"Dana Reed/PER", "Leeds/LOC"},
		not:      []string{"Leeds is Ours", "Leeds is ready for the games"},
	},
}
