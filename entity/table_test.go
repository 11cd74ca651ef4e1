package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// A case lists what must be found: mentions as "Text/TYPE" (or "Text/TYPE/Title"), texts that
// must not be mentions, groups of texts that must share a chain, pairs that must not, and
// labels as "mention text=label text".
type tcase struct {
	text     string
	mentions []string
	not      []string
	same     [][]string
	apart    [][2]string
	labels   []string
	nolabels []string // "mention text=label text" that must not be found
}

var cases = []tcase{
	{
		// A headline's kicker before a colon names the column, not anyone; a name before a
		// colon that is no kicker stays.
		text: "High School Roundup: Velmora defeats Tarnville to remain undefeated\n\nVelmora beat " +
			"Tarnville 3-1 on Friday night.\n\nHarlan Voss: the mayor of Tarnville resigned on Monday.",
		mentions: []string{"Tarnville/LOC", "Harlan Voss/PER"},
		not:      []string{"School Roundup", "High School Roundup", "LIVE UPDATES", "UPDATES"},
	},
	{
		// A page's labels for its links and photos, run into the names around them, are no part
		// of a name and no name of their own; the names beside them stay.
		text: "Rockets fell on Tarnville on Monday, the ministry said. Source Velmora Wire Related News " +
			"Death toll rises in the north. (Corla Photo) Ten people died there. READ MORE WATCH Drones " +
			"Strike Convoy near Tarnville. Showcase Category News The mayor of Tarnville resigned. Follow " +
			"us on Youtube Subscribe for more. Tarnville Tags Velmora Army",
		mentions: []string{"Tarnville/LOC"},
		not: []string{"Velmora Wire Related News Death", "Related News", "Corla Photo", "MORE WATCH",
			"Category News", "Showcase Category News", "Showcase", "Youtube Subscribe", "Tarnville Tags"},
	},
	{
		// An agency's acronym run into the place its report comes from, the comma lost, is not
		// part of the place's name.
		text:     "Three soldiers were killed in clashes near Mosul INA said. Rockets fell on Basra KNA (Wire) on Monday.",
		mentions: []string{"Mosul/LOC", "Basra/LOC"},
		not:      []string{"Mosul INA", "Basra KNA"},
	},
	{
		// An acronym a noun follows qualifies the noun: it stays with the name before it.
		text: "The domains were seized by the U.S. DNS infrastructure operator on Monday.",
		not:  []string{"DNS"},
	},
	{
		// Names alike but for a point of the compass or a regnal number are two names, however
		// near their keys fold the rest.
		text: "Velmora East beat Velmora South 28-14 on Friday. Velmora East coach Tarin Oake said the " +
			"team played well, and Velmora South will face Corla next week. Harlan Voss II met Harlan Voss III.",
		apart: [][2]string{{"Velmora East", "Velmora South"}, {"Harlan Voss II", "Harlan Voss III"}},
	},
	{
		// A known body's acronym and a known body's name opening with an article, the comma
		// between them lost, are two bodies; a body's branch after its acronym stays whole.
		text: "Fighters of ISIL al-Nusra Front and other groups fought near the town on Monday, " +
			"and the UN World Food Programme sent aid.",
		mentions: []string{"ISIL/ORG", "al-Nusra Front/ORG", "UN World Food Programme/ORG"},
		not:      []string{"ISIL al-Nusra Front"},
	},
	{
		// A newspaper's abbreviation of a state after a town is a place; amendments and finals
		// are no bodies.
		text: "He spoke at a rally in Monroe, La., on Monday. The First Amendment right to speech carries " +
			"a duty, and the Davis Cup Final began in the city.",
		mentions: []string{"Monroe/LOC", "La/LOC", "First Amendment/MISC", "Davis Cup Final/MISC"},
	},
	{
		// An ordinary word in capitals is no body's name, nor is an acronym the page also writes
		// in the plural; a known acronym stays.
		text: "Engineers built two FOBs near the border, the WHO said on Monday. The FOB was shelled " +
			"at night. Sign up and read MORE about the attack.",
		mentions: []string{"WHO/ORG"},
		not:      []string{"FOB", "FOBs", "MORE"},
	},
	{
		// A word in capitals that a verb of saying follows is a speaker's name, as "Apple said" is.
		text:     "The charity CARE said the aid convoy reached the camp on Monday. Read MORE here.",
		mentions: []string{"CARE/ORG"},
		not:      []string{"MORE"},
	},
	{
		// A company written in capitals that the sentence uses as a name (after "of", or named
		// again in the same form) stays; a page's button word on a line of its own is dropped.
		text: "Shares of ARM rose 4% in New York on Tuesday after the chip designer raised its forecast. " +
			"Analysts said ARM could gain more.\nMORE\nVOTE",
		mentions: []string{"ARM"},
		not:      []string{"MORE", "VOTE"},
	},
	{
		// Courts and sport: a capitals word after "by" or "at" in running text is a name.
		text: "The suit brought by VISA was heard at a federal court in Chicago on Monday. " +
			"The cup final was shown at SKY pubs.",
		mentions: []string{"VISA", "SKY"},
	},
	{
		// A player's position is a title only before a full name or in a roster line, never
		// before a single capitalised word of a company's name.
		text: "Shares of insurer WR Berkley fell 3% on Tuesday. The team signed WR Tom Haskins on Monday, " +
			"and CB Joe Verne joined him.",
		mentions: []string{"WR Berkley", "Tom Haskins/PER/WR", "Joe Verne/PER/CB"},
		not:      []string{"Berkley"},
	},
	{
		// A roster line names players after their positions.
		text:     "The coach named his starters on Friday: QB Hale, WR Dunmore and TE Kessler.",
		mentions: []string{"Dunmore/PER/WR", "Kessler/PER/TE"},
	},
	{
		// A place's people that beat or face another side are a team.
		text:     "The Texans beat the Colts 24-17 on Sunday, and the Floridians will face the Texans next week.",
		mentions: []string{"Texans/ORG"},
	},
	{
		// Without a contest they stay a people.
		text:     "Many Texans voted early this year, officials in Austin said.",
		mentions: []string{"Texans/MISC"},
	},
	{
		// Two people's full names side by side, the comma lost, are two names; a given name after
		// another or after a particle stays in one name.
		text: "Local media named the dead as Hassan Ali Karmo Mohammed Nabil Ali Sayeed on Monday. " +
			"Later Hamad bin Khalid Al Nour met George Herbert Walker Bush in the city.",
		mentions: []string{"Hassan Ali Karmo/PER", "Mohammed Nabil Ali Sayeed/PER", "George Herbert Walker Bush/PER"},
		not:      []string{"Hassan Ali Karmo Mohammed Nabil Ali Sayeed", "Khalid Al Nour"},
	},
	{
		// A name that chains a person's father's and grandfather's given names is one name,
		// though a given name follows one the gazetteer does not know as given.
		text: "The leader of the group, Ibrahim Awad Ibrahim al-Karimi, was killed in a raid on Sunday. " +
			"The court heard that Mohammed Abdul Rahman Ali Hussein had fled the country.",
		mentions: []string{"Ibrahim Awad Ibrahim al-Karimi/PER", "Mohammed Abdul Rahman Ali Hussein/PER"},
		not:      []string{"Ibrahim Awad", "Ali Hussein"},
	},
	{
		// A place's people are no place, a party's members named by their place are a body, a
		// market's ticker and a lawmaker's party tag between commas are no names, and a player's
		// position stays out of the name.
		text: "A video featured a series of South Dakotans on Monday. The Ohio Republicans met, said " +
			"Sen. Dana Porter, R-Ohio, on Tuesday. The Dow Jones Industrial Average .DJI fell 102 points. " +
			"LB Tomas Brecker was fined.",
		mentions: []string{"South Dakotans/MISC", "Ohio Republicans/ORG", "Dana Porter/PER", "Tomas Brecker/PER"},
		not:      []string{"R-Ohio", "DJI", "LB Tomas Brecker"},
	},
	{
		// Titles before a sovereign style stay out of the name, and so do titles of office; a
		// body's name that runs into a person's full name is two names.
		text: "The talks must end the crisis, Foreign Minister Prince Faris al-Nadri said on Monday. " +
			"Public Ombudsman Lena Varga's office said the deaths were caused by gunfire. " +
			"Vice-president of the Syrian Coalition Ahmad Karim Lutfi said the assault had failed.",
		mentions: []string{"Prince Faris al-Nadri/PER", "Lena Varga/PER", "Syrian Coalition/ORG", "Ahmad Karim Lutfi/PER"},
		not:      []string{"Foreign Minister Prince Faris al-Nadri", "Ombudsman Lena Varga", "Coalition Ahmad Karim Lutfi"},
	},
	{
		// An abbreviated title, an adviser's office, a plural of "Mr." and a clergyman's rank
		// stay out of the name.
		text: "British FM Alder Kesh called the protests a provocation. National Security Adviser Dara Pelt " +
			"said on Monday that Messrs. Orvane and Tilk had agreed. Archimandrite Yusef Darrow said the church was hit.",
		mentions: []string{"Alder Kesh/PER", "Dara Pelt/PER", "Orvane/PER", "Yusef Darrow/PER"},
		not:      []string{"FM Alder Kesh", "National Security Adviser Dara Pelt", "Messrs. Orvane", "Archimandrite Yusef Darrow"},
	},
	{
		// Marks are no names: an era after a year, a lawmaker's party and state. A storm is no
		// person, and a name made of English words no person either (court cases: see
		// testdata/parsed/mentions.txt).
		text: "The town has stood since 1750 BC, said Sen. Dana Porter (R-Texas) on Monday. " +
			"Storm Ciarán brought strong winds to the coast on Thursday. " +
			"Members get unlimited password management, Dark Web Monitoring and a secure network.",
		mentions: []string{"Dana Porter/PER", "Storm Ciarán/MISC", "Dark Web Monitoring/MISC"},
		not:      []string{"BC", "R-Texas"},
	},
	{
		// A tags line runs names together without commas: it is cut where one known name ends
		// and another begins, before a demonym after a place or a body's head word, after a
		// whole "X for Y" name before a known one, and before a sentence's opening article.
		text: "Aid reached the city on Monday night after a week of shelling. Tags Iraq Iraqi " +
			"Network for Press Freedom Mosul Turkish Army Kurdish Red Crescent Kirkuk The International Committee of the Red Cross said the roads were closed.",
		mentions: []string{"Iraq/LOC", "Iraqi Network for Press Freedom/ORG", "Mosul/LOC", "Turkish Army/ORG",
			"Red Crescent/ORG", "Kirkuk/LOC", "International Committee of the Red Cross/ORG"},
		not: []string{"Iraq Iraqi Network for Press Freedom Mosul", "Army Kurdish",
			"Kirkuk The International Committee of the Red Cross"},
	},
	{
		// A body's known name, then a person's, are two names; long names with connecting words,
		// head words and demonyms inside stay whole.
		text: "Aid reached the city on Monday night, said the International Committee of the Red Cross Peter Lindqvist. " +
			"Dan Cole of Bank of America Merrill Lynch said the Royal Saudi Air Force and the Free Syrian Army " +
			"met the Organisation for the Prohibition of Chemical Weapons. It was the first deployment of the " +
			"New Iraqi Army on Monday, said a sergeant of Explosive Ordnance Disposal Mobile Unit Two in a statement.",
		mentions: []string{"International Committee of the Red Cross/ORG", "Peter Lindqvist/PER", "Bank of America Merrill Lynch/ORG",
			"Royal Saudi Air Force/ORG", "Free Syrian Army/ORG", "Organisation for the Prohibition of Chemical Weapons/ORG",
			"New Iraqi Army/ORG", "Explosive Ordnance Disposal Mobile Unit Two"},
	},
	{
		// A long run of names without connecting words is a list: its known names are cut out.
		text: "Aid reached the city on Monday night after a week of shelling. Tags Rumaila Tanuma " +
			"Zubair Kirkuk Abu Khasib Erbil Safwan reports say the roads were closed.",
		mentions: []string{"Kirkuk/LOC", "Erbil/LOC"},
		not:      []string{"Rumaila Tanuma Zubair Kirkuk Abu Khasib Erbil Safwan"},
	},
	{
		// Names in a game's score are teams.
		text:     "Hurricanes 4, Blackhawks 2: Nino Reiter had a goal and an assist.\nPanthers 5, Flyers 2: Sasha Barkov scored twice.",
		mentions: []string{"Hurricanes/ORG", "Blackhawks/ORG", "Panthers/ORG", "Flyers/ORG", "Nino Reiter/PER"},
	},
	{
		// A name of several words nothing types is a person's only when no word of it ends as a
		// common noun does.
		text:     "The wiki turned on Tagged Revisions last year. Sightings of Unexplained Aerial Phenomena rose. Marek Dolny wrote the patch.",
		mentions: []string{"Tagged Revisions/MISC", "Unexplained Aerial Phenomena/MISC", "Marek Dolny/PER"},
	},
	{
		// A name followed by a figure and a player's count is a player's.
		text:     "Palm Bay (1-0): Tolver 25 points. Marsh 17 points. Kessick 10 points.\nViera (3-0): Crafton 1 goal. Rosales 1 assist.",
		mentions: []string{"Tolver/PER", "Kessick/PER", "Crafton/PER"},
	},
	{
		// A body's head word goes on with "for" or "of" and the name after it.
		text: "The tariffs hurt, said Tom Gale, who heads the Alliance for Northern Manufacturing. " +
			"The Foundation for Open Rivers and the Observatory for Civil Liberties agreed.",
		mentions: []string{"Alliance for Northern Manufacturing/ORG", "Foundation for Open Rivers/ORG", "Observatory for Civil Liberties/ORG"},
		not:      []string{"Alliance", "Civil Liberties", "Northern Manufacturing"},
	},
	{
		// A name after "at" where people work, or after "in" where things are published, is a
		// body, not a place.
		text: "The stock could be a risky bet, says Matt Ryle, equity strategist at Corvin Tabak. " +
			"The cuts follow layoffs at Meetly, which it bought in 2017. Prices rose in Corvin. " +
			"The study, published in Halden Case Reports, was small; a second one appeared in Lumen.",
		mentions: []string{"Corvin Tabak/ORG", "Meetly/ORG", "Halden Case Reports/ORG", "Lumen/ORG"},
	},
	{
		// A known place in brackets after a body's name says where the body is, and a reporter in
		// brackets after a place says who reports from there: neither is another name.
		text: "Harlow Studio (United Kingdom) built the largest piece of the festival. " +
			"Vantor Media (Brazil) showed films.\n\nHONG KONG (Kestrel News) — Protests went on. " +
			"The Democratic Republic of the Congo (DRC) voted.",
		mentions: []string{"Harlow Studio/ORG", "United Kingdom/LOC", "Brazil/LOC"},
		apart:    [][2]string{{"Harlow Studio", "United Kingdom"}, {"Vantor Media", "Brazil"}, {"HONG KONG", "Kestrel News"}},
		same:     [][]string{{"Democratic Republic of the Congo", "DRC"}},
	},
	{
		// A line of its own written all in capitals is a heading: its ordinary words are no names,
		// the names in it still are.
		text: "Tennis final\n\nUS LOSES\n\nPORTUGAL WINS\n\nTwo days after the doubles title, Portugal wins again.\n\n" +
			"WILL THEY TAX THE BILLIONAIRES?\n\nNever before has wealth been under such attack.\n\nWHO IS THE FAVOURITE?\n\nPolls differ.",
		mentions: []string{"PORTUGAL/LOC", "US/LOC"},
		not:      []string{"PORTUGAL WINS", "US LOSES", "WINS", "BILLIONAIRES", "TAX THE BILLIONAIRES", "WHO", "IS THE"},
	},
	{
		// A model number or a code that mixes letters and digits is a thing, not a body or a
		// person, and so is an acronym with a long number after it; a short code alone ("G7")
		// and an acronym with a unit's number keep the acronym's type.
		text: "The laptop pairs a GTX 1660 card with the Vexa TL40 screen, and the team named its simulation QRT50. " +
			"Leaders of the G7 met in Biarritz. The warships of CTF 50 sailed on Monday.",
		mentions: []string{"GTX/MISC", "Vexa TL40/MISC", "QRT50/MISC", "G7/ORG", "CTF/ORG"},
	},
	{
		// A currency or metal code is no organisation, nor is a market index named by its head word.
		text:     "Gold was quoted at 1,460 dollars (XAU) on Monday while the yen (JPY) slipped. The Harlan Composite fell 0.2%.",
		mentions: []string{"XAU/MISC", "JPY/MISC", "Harlan Composite/MISC"},
	},
	{
		// A two-letter postal code after a town and a comma is the state the town lies in.
		text:     "The band plays June 24 in Bristow, VA and June 26 in Allentown, PA before heading west.\nJune 28 -- Arena, Springfield, MO\nJuly 2 -- Hall, Wichita, KS",
		mentions: []string{"VA/LOC", "PA/LOC", "Bristow/LOC", "Allentown/LOC", "MO/LOC", "KS/LOC"},
	},
	{
		// The last word of a firm's, a band's or a street's name types it.
		text: "Returns were weak, said Petra Lind, portfolio manager at Marrow Asset Management. " +
			"The Hollis Brothers will tour next year. Police closed Fenwick Lane after the crash.",
		mentions: []string{"Marrow Asset Management/ORG", "Hollis Brothers/ORG", "Fenwick Lane/LOC"},
	},
	{
		// The names of books, laws and agreements go on with "of" and are no body's, nor is a
		// numbered document.
		text: "The Book of Revelation has five chapters, unlike the Black Book. Both sides backed a Cessation of Hostilities on Monday. " +
			"The council adopted Resolution 4471 on Tuesday.",
		mentions: []string{"Book of Revelation/MISC", "Black Book/MISC", "Cessation of Hostilities/MISC", "Resolution/MISC"},
		not:      []string{"Book", "Revelation", "Hostilities"},
	},
	{
		// A company's head word makes a name of ordinary-looking words a body's, and a spelled
		// number joined by a hyphen counts the name after it.
		text:     "The domains were registered by the operator Velmar Solutions in 2013. Ninety-Four Orsk Brigades fighters crossed into Turkey.",
		mentions: []string{"Velmar Solutions/ORG", "Orsk Brigades/ORG", "Turkey/LOC"},
		not:      []string{"Ninety-Four Orsk Brigades"},
	},
	{
		// A place the gazetteer knows inside a title's "for …" part is a mention of its own, and
		// titles with nobody after them name nobody.
		text:     "Minister for the Middle East Anna Berg visited Oslo on Monday. The Acting General Director of the Office of Museums spoke later.",
		mentions: []string{"Middle East/LOC", "Anna Berg/PER", "Oslo/LOC", "Office of Museums/ORG"},
		not:      []string{"Director", "General Director"},
	},
	{
		// "ad" sits inside a place's name as "al" does.
		text:     "The range crosses northern Salah ad Din Province and southern Kirkuk Province.",
		mentions: []string{"Salah ad Din Province/LOC", "Kirkuk Province/LOC"},
		not:      []string{"Salah", "Din Province"},
	},
	{
		// Clubs are organisations: a club's head or first word, or a known place followed by a
		// plural that names no kind of place; "X Springs" stays a place. Web formats are no names.
		text: "He has managed FC Porto, Real Madrid and Manchester United. It was a good night for the surging Los Angeles Lakers in Colorado Springs. " +
			"The service speaks XML, JSON and HTTPS.",
		mentions: []string{"FC Porto/ORG", "Real Madrid/ORG", "Manchester United/ORG", "Los Angeles Lakers/ORG", "Colorado Springs/LOC"},
		not:      []string{"XML", "JSON", "HTTPS"},
	},
	{
		// A nationality before the words for a state's forces or government names that body
		// (an organisation); before a word for an attack it is the country that carried it out,
		// one entity with the country. Inside a name, or before other nouns, it makes no mention.
		text: "Norwegian warplanes struck a depot near Tromso. The Norwegian government said its jets acted alone. " +
			"Danish raids hit the port, Denmark said. The Free Danish Army denied it. The Danish people protested.",
		mentions: []string{"Norwegian warplanes/ORG", "Norwegian government/ORG", "Danish/LOC", "Denmark/LOC", "Free Danish Army"},
		not:      []string{"Danish people", "Danish Army"},
		same:     [][]string{{"Danish", "Denmark"}},
	},
	{
		// One craft of a state's forces is named like its fleet; a nationality that shares the
		// forces or attack of the side after "and", or leads a coalition, is the country acting;
		// one before a person's post is no mention.
		text: "A Norwegian helicopter was shot down near Tromso. Norwegian and government planes struck the port. " +
			"Danish and Vellan regime airstrikes hit the town. The Swedish-led coalition denied it, Norway said. " +
			"The Norwegian ambassador left. The Danish and Swedish people protested.",
		mentions: []string{"Norwegian helicopter/ORG", "Norwegian/LOC", "Danish/LOC", "Swedish/LOC", "Norway/LOC"},
		not:      []string{"Norwegian ambassador", "Danish people", "Swedish people"},
		same:     [][]string{{"Norwegian", "Norway"}},
	},
	{
		// A group's head word alone after its full name is that group, unless two names before
		// it have that head.
		text:  "The Karsten Relief Network said on Monday that twelve people were killed. The Network said the toll would rise. The Velmar Aid Council and the Orsk Youth Council met on Tuesday. The Council said nothing.",
		same:  [][]string{{"Karsten Relief Network", "Network"}},
		apart: [][2]string{{"Council", "Velmar Aid Council"}, {"Council", "Orsk Youth Council"}},
	},
	{
		// A lone family name stands for the nearest full name before it with that family name.
		text: "Nora Vale spoke first on Monday. Later Tomas Vale, her brother, arrived in Orsk. Vale said the road was closed. " +
			"Nora Vale left on Tuesday. Vale said she would return.",
		same:  [][]string{{"Tomas Vale", "Vale"}},
		apart: [][2]string{{"Nora Vale", "Tomas Vale"}},
	},
	{
		// One person named with a middle initial and a middle name stays one.
		text: "Tomas R. Vale wrote the book in Orsk. Vale said little. Tomas Renko Vale was born in 1950. Vale moved north. " +
			"Michael Brenner led the Orsk council. Brenner said little. Mike Brenner, as friends knew him, left. Brenner moved north.",
		same: [][]string{{"Tomas R. Vale", "Tomas Renko Vale", "Vale"}, {"Michael Brenner", "Mike Brenner", "Brenner"}},
	},
	{
		// A head word naming a body joins without "the" ("UK-based Observatory"); a section word
		// after a product's name does not, nor a body's word after a possessive.
		text: "The Tarvel Observatory for Civic Rights said twelve people died. The UK-based Observatory said the toll would rise. " +
			"Velko Kettle Review: a quiet machine. Review scores are high. " +
			"The Orsk Police Department said a county sheriff's Department dog found him.",
		same:  [][]string{{"Tarvel Observatory for Civic Rights", "Observatory"}},
		apart: [][2]string{{"Review", "Velko Kettle Review"}, {"Department", "Orsk Police Department"}},
	},
	{
		// A dateline glued to a headline: the abbreviated weekday and month, and a month before
		// its day, are the date's, not a name's.
		text:     "Car bomb kills four in Damascus Thu Sep 5 2013 A car bomb exploded in Damascus killing four people. Rebels shelled Latakia June 6 2015 the agency said.",
		mentions: []string{"Damascus/LOC", "Latakia/LOC"},
		not:      []string{"Thu Sep", "Thu", "Sep", "Latakia June", "June"},
	},
	{
		// The same short words name people and places where no figure makes them a date's.
		text:     "Jan Egeland said aid reached the Mar Elias camp. Jun Wang, a senior envoy, met him on Sun Aug 17 2014 in Geneva.",
		mentions: []string{"Jan Egeland/PER", "Mar Elias", "Jun Wang/PER", "Geneva/LOC"},
		not:      []string{"Sun", "Aug", "Sun Aug"},
	},
	{
		// A bare abbreviated month opening a dateline's date is no place.
		text:     "Air strikes kill 25 in Raqa monitor AFP Wednesday 22 Jun 2016 Air strikes on Raqa killed 25 civilians.",
		mentions: []string{"Raqa"},
		not:      []string{"Jun", "AFP Wednesday"},
	},
	{
		// In a glued headline, a place the body writes only with its article ("al-Tarvek") is
		// still the place.
		text:     "Scores Hurt in Tarvek Mortar Attack on Market. A mortar attack hit a market in al-Tarvek city on Monday, residents said.",
		mentions: []string{"Tarvek/LOC", "al-Tarvek/LOC"},
		not:      []string{"Tarvek Mortar Attack", "Scores Hurt", "Market"},
	},
	{
		// A title-case headline glued to the body without its line break is still headline
		// case: its ordinary words are no names, while the places the body writes are kept.
		text:     "Dozens Hurt in Varnok Mortar Attack on Market. A mortar attack hit a market in Varnok on Monday, residents said.",
		mentions: []string{"Varnok/LOC"},
		not:      []string{"Varnok Mortar Attack", "Dozens Hurt", "Mortar Attack on Market", "Market"},
	},
	{
		// A market named with stock trading in its sentence is a financial market, a body, not
		// the town a market stands in; a town's market after a bombing stays a place.
		text: "Shares of Brelvane Foods rose 4% on the Corvex market on Tuesday, and the index closed higher. " +
			"A car bomb hit the Tarnow market on Monday, killing six people.",
		mentions: []string{"Corvex/ORG", "Tarnow/LOC"},
	},
	{
		// Three known names in a row are a list (a tags line glued to the text), not one name.
		text:     "Aid reached the camps last week. Topics Jordan Amman Lebanon Beirut refugees aid",
		mentions: []string{"Jordan/LOC", "Amman/LOC", "Lebanon/LOC", "Beirut/LOC"},
		not:      []string{"Topics Jordan Amman Lebanon Beirut", "Jordan Amman Lebanon Beirut"},
	},
	{
		// A possessive that lost its apostrophe: the name without its "s" is known (the gazetteer
		// knows Lebanon; the text writes Darvel alone), the word itself is not.
		text:     "Officials in Lebanons Tyre said the port reopened. Darvels Northern Gate was shut, a guard in Darvel said.",
		mentions: []string{"Lebanon/LOC", "Tyre/LOC", "Darvel", "Northern Gate"},
		not:      []string{"Lebanons", "Lebanons Tyre", "Darvels", "Darvels Northern Gate"},
	},
	{
		// An acronym's possessive without its apostrophe is the acronym; a plural of an
		// acronym that names nothing known stays as written.
		text:     "The UNs envoy met NATOs chief in Kessin while NGOs waited outside.",
		mentions: []string{"UN/ORG", "NATO/ORG", "Kessin/LOC"},
		not:      []string{"UNs", "NATOs", "NGO"},
	},
	{
		// A group's or place's head word ending in a consonant and "y" with an "s" glued on is
		// a possessive that lost its apostrophe ("Armies" is the plural); a family name ending
		// so, whose stem is no head word, stays as written.
		text:     "A commander from the Velmora Peoples Partys (VPP) youth wing met Karl Humphreys. The Northern Ministrys spokesman said the Kessin Citys mayor was in Corla.",
		mentions: []string{"Velmora Peoples Party/ORG", "VPP/ORG", "Karl Humphreys/PER", "Corla/LOC"},
		not:      []string{"Velmora Peoples Partys", "Northern Ministrys", "Kessin Citys", "Karl Humphrey"},
	},
	{
		// An article-prefixed name's possessive that lost its apostrophe is the name (FA-KES).
		text:     "Latakia is the heartland of both President Bashar al-Assads clan and his Alawite sect. Bashar al-Assad has ruled since 2000.",
		mentions: []string{"Bashar al-Assad/PER/President", "Latakia/LOC"},
		not:      []string{"Bashar al-Assads"},
		same:     [][]string{{"Bashar al-Assad"}},
	},
	{
		// A link line glued to the end of an article ("Read Also"): the word after an ordinary
		// word that opens the line is no name either (FA-KES).
		text:     "Since 2011 at least 280000 people have been killed in Syria and millions displaced. Read Also",
		mentions: []string{"Syria/LOC"},
		not:      []string{"Also", "Read Also", "Read"},
	},
	{
		// Real names ending in "s" whose stem is no name stay whole.
		text:     "Talks moved from Athens to Brussels, Reuters said, and Kelmors stayed quiet.",
		mentions: []string{"Athens/LOC", "Brussels/LOC", "Reuters/ORG", "Kelmors"},
		not:      []string{"Athen", "Brussel", "Reuter", "Kelmor"},
	},
	{
		// A capitalised function word at the end of a run, where a lost stop glued the next
		// sentence on, is no part of the name.
		text:     "Raids hit Varnok Hill At least nine fighters died, the Varnok Hill council said.",
		mentions: []string{"Varnok Hill"},
		not:      []string{"Varnok Hill At", "At"},
	},
	{
		text:     "Lt. Gen. Ahmed al-Hassan, a former colonel of the Free Syrian Army (FSA), said on Tuesday that he would stay.",
		mentions: []string{"Ahmed al-Hassan/PER/Lt. Gen.", "Free Syrian Army/ORG", "FSA/ORG"},
		not:      []string{"Tuesday", "Lt. Gen. Ahmed al-Hassan"},
		same:     [][]string{{"Free Syrian Army", "FSA"}},
		labels:   []string{"Ahmed al-Hassan=former colonel"},
	},
	{
		// A spelled number at a sentence start is no name, even when the page lost the stop
		// before it.
		text:     "Tue 4 May 2021 Fifteen people died in Kessin on Monday. Twelve others were hurt near Darun.",
		mentions: []string{"Kessin/LOC", "Darun/LOC"},
		not:      []string{"Fifteen", "Twelve", "Fifteen people"},
	},
	{
		text:     "However, Iraq rejected the plan. Despite this, the UN met in Geneva. The talks ended.",
		mentions: []string{"Iraq/LOC", "UN/ORG", "Geneva/LOC"},
		not:      []string{"However", "Despite", "The"},
	},
	{
		text:     "King Abdullah II of Jordan met Pope Francis and Crown Prince Salman in Amman.",
		mentions: []string{"King Abdullah II/PER/King", "Jordan/LOC", "Pope Francis/PER/Pope", "Amman/LOC"},
	},
	{
		text:     "The Islamic State (ISIS – ISIL) lost Raqqa last year. Daesh fighters fled to the desert, and IS has not recovered.",
		mentions: []string{"Islamic State/ORG", "ISIS/ORG", "ISIL/ORG", "Raqqa/LOC", "Daesh/ORG", "IS/ORG"},
		same:     [][]string{{"Islamic State", "ISIS", "ISIL", "Daesh", "IS"}},
	},
	{
		// An acronym in brackets after a person's name that does not spell the person's initials
		// gives the state or party the person stands for: it is not another name of the person.
		text: "Sen. Tim Scott (S.C.) spoke after former South Carolina Gov. Nikki Haley. Scott said he would win. " +
			"Rep. Maria Lopez (D-N.M.) agreed, and John Fitzgerald Kennedy (JFK) was quoted.",
		mentions: []string{"Tim Scott/PER", "Nikki Haley/PER", "Maria Lopez/PER", "John Fitzgerald Kennedy/PER"},
		same:     [][]string{{"Tim Scott", "Scott"}, {"John Fitzgerald Kennedy", "JFK"}},
		apart:    [][2]string{{"Tim Scott", "S.C."}, {"Scott", "S.C."}, {"Scott", "South Carolina"}, {"Maria Lopez", "D-N.M."}},
	},
	{
		// Names joined by "and" in brackets credit two sources, and two persons' full names, one
		// in brackets, are a part and who plays it: neither is another name of the name before.
		// A kunya in front of a person's name in brackets is that person's other name.
		text: "Fighters advanced on the town, Kestrel News (Orsk Wire and Agencies) reported on Monday. " +
			"In the last scene of the film, the rebel Tom Reed (Joe Carr) is taken to the square. " +
			"The Velmar Aid Council (VAC) said it sent food. Abu Nadir al-Kelmari (Samir Tellis) leads the group.",
		same:  [][]string{{"Velmar Aid Council", "VAC"}, {"Abu Nadir al-Kelmari", "Samir Tellis"}},
		apart: [][2]string{{"Kestrel News", "Orsk Wire"}, {"Tom Reed", "Joe Carr"}},
	},
	{
		// An acronym that holds a name's initials among others names a longer body ("Court of
		// Justice of the European Union" found as "European Union"): it is not that name.
		text:     "The ruling of the Court of Justice of the European Union (CJEU) binds Meta. The European Union (EU) welcomed it.",
		mentions: []string{"European Union/ORG", "CJEU/ORG", "EU/ORG"},
		same:     [][]string{{"European Union", "EU"}},
		apart:    [][2]string{{"European Union", "CJEU"}},
	},
	{
		// A name the gazetteer does not know keeps the acronym that spells it, and a demonym
		// before a body's head word that goes on with "of" stays in the name.
		text:     "The Syrian Observatory of Human Rights (SOHR) referenced seven local sources.",
		mentions: []string{"Syrian Observatory of Human Rights/ORG", "SOHR"},
		same:     [][]string{{"Syrian Observatory of Human Rights", "SOHR"}},
	},
	{
		text:     "Yasin Darwish commands the Darwish Brigade near Idlib. Darwish said the brigade would fight on.",
		mentions: []string{"Yasin Darwish/PER", "Darwish Brigade/ORG", "Darwish/PER", "Idlib/LOC"},
		same:     [][]string{{"Yasin Darwish", "Darwish"}},
		apart:    [][2]string{{"Darwish", "Darwish Brigade"}},
	},
	{
		text:     "Omar's men entered Homs’ outskirts, and Turkey's army watched from Kilis.",
		mentions: []string{"Omar/PER", "Turkey/LOC", "Kilis/LOC"},
		not:      []string{"Omar's", "Turkey's"},
	},
	{
		text:     "Fighters of the US-backed rebel group Jaysh al-Watan clashed with the so-called Southern Shield.",
		mentions: []string{"Jaysh al-Watan", "Southern Shield"},
		labels:   []string{"Jaysh al-Watan=US-backed rebel group", "Southern Shield=so-called"},
	},
	{
		text:     "Samir Nasser, who is a violent extremist, fled to Lebanon. Nasser is a wanted man.",
		mentions: []string{"Samir Nasser/PER", "Nasser/PER", "Lebanon/LOC"},
		same:     [][]string{{"Samir Nasser", "Nasser"}},
		labels:   []string{"Samir Nasser=violent extremist", "Nasser=wanted man"},
	},
	{
		text:     "Rebels Seize Strategic Town In Northern Syria As Talks Stall\n\nThe rebels said the town fell on Monday.",
		mentions: []string{"Syria/LOC"},
		not:      []string{"Rebels Seize Strategic Town", "Town", "Talks Stall", "Rebels", "Northern Syria"},
	},
	{
		text:     "The Joint Operations Command of Iraq said the United Nations Security Council and the National Army of Syria had been told.",
		mentions: []string{"Joint Operations Command/ORG", "Iraq/LOC", "United Nations Security Council/ORG", "National Army of Syria/ORG"},
	},
	{
		text:     "US Central Command confirmed the strike. A U.S. Central Command spokesman, Col. Dana Reed, gave no details.",
		mentions: []string{"US Central Command/ORG", "U.S. Central Command/ORG", "Dana Reed/PER/Col."},
		same:     [][]string{{"US Central Command", "U.S. Central Command"}},
	},
	{
		text:     "The Ministry of Defence (MoD) said the Syrian Arab Army and the SAA were one. The MoD spoke later.",
		mentions: []string{"Ministry of Defence/ORG", "MoD/ORG", "Syrian Arab Army/ORG", "SAA/ORG"},
		same:     [][]string{{"Ministry of Defence", "MoD"}, {"Syrian Arab Army", "SAA"}},
	},
	{
		text:     "“Kabul is calm,” Nadia Rahimi told Reuters. Rahimi added that Herat was quiet.",
		mentions: []string{"Kabul/LOC", "Nadia Rahimi/PER", "Reuters/ORG", "Rahimi/PER", "Herat/LOC"},
		same:     [][]string{{"Nadia Rahimi", "Rahimi"}},
	},
	{
		text:     "The Liwa Saqr al-Badiya (LSB) leader met Abu Karim al-Halabi at the Zawiya camp. Abu Karim left, and al-Halabi stayed with Halabi's men.",
		mentions: []string{"Liwa Saqr al-Badiya/ORG", "LSB/ORG", "Abu Karim al-Halabi/PER", "Zawiya/LOC", "Abu Karim/PER", "al-Halabi/PER", "Halabi/PER"},
		same:     [][]string{{"Liwa Saqr al-Badiya", "LSB"}, {"Abu Karim al-Halabi", "Abu Karim", "al-Halabi", "Halabi"}},
		labels:   []string{},
	},
	{
		text:     "Fighters moved towards At-Ruwais and Al Ruwais. The Harun Group, this extremist group, denied it.",
		mentions: []string{"At-Ruwais/LOC", "Al Ruwais/LOC", "Harun Group/ORG"},
		same:     [][]string{{"At-Ruwais", "Al Ruwais"}},
		labels:   []string{"Harun Group=extremist group"},
	},
	{
		text:     "Sheikh Tamim met Emir Hamad, Prince Faisal bin Farhan and Queen Elizabeth II. Mr. Jonas Berg and Dr. Lina Haddad attended, as did Major General Tom Hale.",
		mentions: []string{"Sheikh Tamim/PER/Sheikh", "Emir Hamad/PER/Emir", "Prince Faisal bin Farhan/PER/Prince", "Queen Elizabeth II/PER/Queen", "Jonas Berg/PER/Mr.", "Lina Haddad/PER/Dr.", "Tom Hale/PER/Major General"},
	},
	{
		text:     "Syrian and Jordanian officials met. The Syrian said nothing, and the Iraqi-Kurdish talks went on in Erbil.",
		mentions: []string{"Erbil/LOC"},
		not:      []string{"Syrian", "Jordanian", "Iraqi-Kurdish", "The Syrian"},
	},
	{
		text:     "The main proxy Jund al-Sahra attacked. Jund al-Sahra is a Salafist faction. Later, this (Jund offshoot) group split again.",
		mentions: []string{"Jund al-Sahra/ORG"},
		labels:   []string{"Jund al-Sahra=main proxy", "Jund al-Sahra=Salafist faction", "Jund al-Sahra=Jund offshoot"},
	},
	{
		text:     "Troops gathered at the Sawt garrison and in Nabk camp, near Wadi Hamra and Ras Tawil, in Homs province.",
		mentions: []string{"Sawt/LOC", "Nabk/LOC", "Wadi Hamra/LOC", "Ras Tawil/LOC", "Homs/LOC"},
	},
	{
		text:     "The Sayf Brigade said it was ready. Sayf Brigade fighters and the Brigade's leader, Karim Sayf, moved north. Sayf said they would win.",
		mentions: []string{"Sayf Brigade/ORG", "Karim Sayf/PER", "Sayf/PER"},
		same:     [][]string{{"Karim Sayf", "Sayf"}},
		apart:    [][2]string{{"Sayf Brigade", "Sayf"}, {"Sayf Brigade", "Karim Sayf"}},
		labels:   []string{"Karim Sayf=leader"},
	},
	{
		text:     "NATO, the EU and the OPCW met the ICRC and UNHCR in Brussels. The World Health Organization (WHO) joined.",
		mentions: []string{"NATO/ORG", "EU/ORG", "OPCW/ORG", "ICRC/ORG", "UNHCR/ORG", "Brussels/LOC", "World Health Organization/ORG", "WHO/ORG"},
		same:     [][]string{{"World Health Organization", "WHO"}},
	},
	{
		text:     "The Minister for the Middle East, Nora Vale, met Deputy Secretary of State Paul Brandt near the Gulf of Aden.",
		mentions: []string{"Middle East/LOC", "Nora Vale/PER", "Paul Brandt/PER/Deputy Secretary of State", "Gulf of Aden/LOC"},
		not:      []string{"Minister", "of State Paul Brandt"},
	},
	{
		text:     "Shelling by the Kassar regime went on. Italy's new prime minister, Ugo Ferri, described the Kurdish-led alliance as a reliable partner.",
		mentions: []string{"Kassar/PER", "Italy/LOC", "Ugo Ferri/PER"},
		labels:   []string{"Ugo Ferri=new prime minister"},
	},
	{
		text:     "Ayman Rifai, SDF spokesman, said Damascus, the agreement said, was calm. Officials in Damascus agreed.",
		mentions: []string{"Ayman Rifai/PER", "SDF/ORG", "Damascus/LOC"},
		not:      []string{"Officials"},
		labels:   []string{"Ayman Rifai=spokesman"},
	},
	{
		text:     "National Front for Liberation fighters advanced. Special Operations Command said so. However Iraq disagreed.",
		mentions: []string{"National Front for Liberation/ORG", "Special Operations Command/ORG", "Iraq/LOC"},
		not:      []string{"However Iraq", "Front for Liberation"},
	},
	{
		// A family name alone stands for the person named in full, even when the gazetteer knows
		// the word as a place written with an article ("Al-…").
		text:     "Samir Adel Waleed, a former judge, was named mayor on Monday.\n\nWaleed, who is a veteran lawyer, said he would meet the council. Waleed received a delegation of traders, and the council thanked Waleed.",
		mentions: []string{"Samir Adel Waleed/PER", "Waleed/PER"},
		same:     [][]string{{"Samir Adel Waleed", "Waleed"}},
	},
	{
		// The family name may come first; an unknown lone word is no place when a person's full
		// name ends in it.
		text:     "Haroun said the talks had failed. Later, Yasmin Fadel Haroun left the city.",
		mentions: []string{"Haroun/PER", "Yasmin Fadel Haroun/PER"},
		same:     [][]string{{"Haroun", "Yasmin Fadel Haroun"}},
	},
	{
		// A place the gazetteer knows as such keeps its meaning.
		text:     "Sami Tarek Jordan met the envoys. Troops later crossed into Jordan.",
		mentions: []string{"Sami Tarek Jordan/PER", "Jordan/LOC"},
		apart:    [][2]string{{"Sami Tarek Jordan", "Jordan"}},
	},
	{
		text: "\u201cThe road is closed,\u201d a police officer told Northern Wire. Northern Wire could not reach the minister, " +
			"who did not reply to The Coastal Sentinel's inquiry, according to Lantern Bay Press. A diplomat told Open Lens " +
			"that the talks would resume, and the mayor told Dalia Morcos the same.",
		mentions: []string{"Northern Wire/ORG", "Coastal Sentinel/ORG", "Lantern Bay Press/ORG", "Open Lens/ORG", "Dalia Morcos/PER"},
		not:      []string{"Wire"},
	},
	{
		text:     "Former Cedar Front chief vows to return\n\nThe Cedar Front said on Monday that its former chief, Adel Rahim, would come back.",
		mentions: []string{"Cedar Front/ORG", "Adel Rahim/PER"},
		not:      []string{"Former Cedar Front"},
	},
	{
		text:     "Rival Ash Hill Brigade commander killed in ambush\n\nA commander of the Ash Hill Brigade was killed on Sunday, a rival faction said.",
		mentions: []string{"Ash Hill Brigade/ORG"},
		not:      []string{"Rival Ash Hill Brigade", "Rival"},
	},
	{
		// A first name unknown to the gazetteer is no ordinary word: it stays with the name.
		text:     "Kerem Lantos Obradovic arrived on Monday. Witnesses said Lantos Obradovic smiled.",
		mentions: []string{"Kerem Lantos Obradovic/PER", "Lantos Obradovic/PER"},
	},
	{
		text:     "Top Ash Hill Brigade Commander Killed In Ambush\n\nA commander of the Ash Hill Brigade was killed on Sunday.",
		mentions: []string{"Ash Hill Brigade/ORG"},
		not:      []string{"Top Ash Hill Brigade", "Ambush"},
	},
	{
		// A clause before the name is no description of it; a noun phrase up to the comma is.
		text:     "The meeting ended two hours after the council's new envoy, Rana Selim, arrived. As the sole remaining rebel group, Jaysh al-Karama held out.",
		mentions: []string{"Rana Selim/PER", "Jaysh al-Karama/ORG"},
		labels:   []string{"Rana Selim=new envoy", "Jaysh al-Karama=sole remaining rebel group"},
		nolabels: []string{"Rana Selim=meeting"},
	},
	{
		text:     "The Members of the Security Council urged calm. The Coalition said it would stay.",
		mentions: []string{"Security Council/ORG", "Coalition/ORG"},
		not:      []string{"Members"},
	},
	{
		text:     "Hundreds fled the town. Villagers said the road was closed. Defectors reached the coast. Mark Williams met them. Williams said they were safe.",
		mentions: []string{"Mark Williams/PER", "Williams/PER"},
		not:      []string{"Hundreds", "Villagers", "Defectors"},
		same:     [][]string{{"Mark Williams", "Williams"}},
	},
}

// TestPublisher checks that the document's own publisher, named in its text, is an organisation.
func TestPublisher(t *testing.T) {
	text := "The governor spoke to Morning Lantern on Sunday. Morning Lantern could not confirm the figures."
	for _, pub := range []string{"Morning Lantern", "The Morning Lantern"} {
		a := &dossier.Analysis{Doc: dossier.Document{ID: "t", Text: text, Publisher: pub}}
		if err := New(nil).Analyze(a); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range a.Mentions {
			if m.Text == "Morning Lantern" {
				n++
				if m.Type != dossier.ORG {
					t.Errorf("publisher %q: %q typed %s, want ORG", pub, m.Text, m.Type)
				}
			}
		}
		if n != 2 {
			t.Errorf("publisher %q: %d mentions of the publisher, want 2; got %+v", pub, n, a.Mentions)
		}
	}
}

// fileCases reads the cases of testdata/cases: lines "mentions: ", "not: ", "labels: ",
// "nolabels: ", "same: " and "apart: " list what is checked (separated by " | "; the texts of a
// group that must share a chain, or of a pair that must not, by " = "), lines starting with "#"
// are comments and the rest is the text.
func fileCases(t *testing.T) []tcase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases under testdata/cases: %v", err)
	}
	var out []tcase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c tcase
		var text []string
		for _, l := range strings.Split(string(b), "\n") {
			key, rest, _ := strings.Cut(l, ": ")
			list := strings.Split(rest, " | ")
			switch {
			case strings.HasPrefix(l, "#"):
			case key == "mentions":
				c.mentions = append(c.mentions, list...)
			case key == "not":
				c.not = append(c.not, list...)
			case key == "labels":
				c.labels = append(c.labels, list...)
			case key == "nolabels":
				c.nolabels = append(c.nolabels, list...)
			case key == "same":
				for _, g := range list {
					names := strings.Split(g, " = ")
					if len(names) < 2 {
						t.Fatalf("%s: same %q names one text", f, g)
					}
					c.same = append(c.same, names)
				}
			case key == "apart":
				for _, g := range list {
					a, b, ok := strings.Cut(g, " = ")
					if !ok {
						t.Fatalf("%s: apart %q is no pair", f, g)
					}
					c.apart = append(c.apart, [2]string{a, b})
				}
			default:
				text = append(text, l)
			}
		}
		c.text = strings.TrimSpace(strings.Join(text, "\n"))
		out = append(out, c)
	}
	return out
}

func TestMentions(t *testing.T) {
	f := New(nil)
	all := append(cases[:len(cases):len(cases)], generalCases...)
	all = append(append(append(append(all, compassCases...), pluralCases...), epithetCases...), append(append(append(employerCases, kinCases...), legalFormCases...), madeThingCases...)...)
	for _, c := range append(all, fileCases(t)...) {
		a := analyze(t, f, c.text)
		checkSpans(t, a)
		byText := map[string]dossier.Mention{}
		var got []string
		for _, m := range a.Mentions {
			if _, ok := byText[m.Text]; !ok {
				byText[m.Text] = m
			}
			got = append(got, m.Text+"/"+string(m.Type)+"/"+m.Title)
		}
		for _, want := range c.mentions {
			p := strings.Split(want, "/")
			m, ok := byText[p[0]]
			if !ok {
				t.Errorf("%q: no mention %q; got %v", c.text, p[0], got)
				continue
			}
			if len(p) > 1 && string(m.Type) != p[1] {
				t.Errorf("%q: %q typed %s, want %s", c.text, p[0], m.Type, p[1])
			}
			if len(p) > 2 && m.Title != p[2] {
				t.Errorf("%q: %q title %q, want %q", c.text, p[0], m.Title, p[2])
			}
		}
		for _, n := range c.not {
			if _, ok := byText[n]; ok {
				t.Errorf("%q: unwanted mention %q", c.text, n)
			}
		}
		for _, g := range c.same {
			for _, x := range g[1:] {
				if !hasAll(t, c.text, byText, g[0], x) {
					continue
				}
				if byText[x].Chain != byText[g[0]].Chain {
					t.Errorf("%q: %q (chain %d) and %q (chain %d) should share a chain", c.text, g[0], byText[g[0]].Chain, x, byText[x].Chain)
				}
			}
		}
		for _, p := range c.apart {
			m0, ok0 := byText[p[0]]
			m1, ok1 := byText[p[1]]
			if ok0 && ok1 && m0.Chain == m1.Chain { // a text that is no mention shares no chain
				t.Errorf("%q: %q and %q should not share a chain", c.text, p[0], p[1])
			}
		}
		for _, l := range c.labels {
			p := strings.SplitN(l, "=", 2)
			m := byText[p[0]]
			found := false
			var have []string
			for _, x := range a.Labels {
				have = append(have, x.Text)
				if x.Chain == m.Chain && strings.Contains(x.Text, p[1]) {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no label %q for %q; labels %v", c.text, p[1], p[0], have)
			}
		}
		for _, l := range c.nolabels {
			p := strings.SplitN(l, "=", 2)
			m := byText[p[0]]
			for _, x := range a.Labels {
				if x.Chain == m.Chain && strings.Contains(x.Text, p[1]) {
					t.Errorf("%q: unwanted label %q for %q", c.text, x.Text, p[0])
				}
			}
		}
	}
}

func TestLoadGazetteerExtra(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.tsv")
	if err := os.WriteFile(path, []byte("# my names\nORG\tNorthern Lantern\tNL\nLOC\tKestrel Point\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, extra := range []string{path, dir} {
		g, err := LoadGazetteer(extra)
		if err != nil {
			t.Fatalf("load %s: %v", extra, err)
		}
		a := analyze(t, New(g), "Fighters of Northern Lantern reached Kestrel Point. NL said so.")
		want := map[string]dossier.EntityType{"Northern Lantern": dossier.ORG, "Kestrel Point": dossier.LOC, "NL": dossier.ORG}
		for _, m := range a.Mentions {
			if typ, ok := want[m.Text]; ok && typ == m.Type {
				delete(want, m.Text)
			}
		}
		if len(want) > 0 {
			t.Errorf("with %s: not found or mistyped: %v; mentions %+v", extra, want, a.Mentions)
		}
	}
	if _, err := LoadGazetteer(filepath.Join(dir, "missing.tsv")); err == nil {
		t.Error("a missing file loaded without error")
	}
	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(bad, []byte("WHAT\tx\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadGazetteer(bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:1") {
		t.Errorf("unknown kind: got %v, want an error naming bad.tsv:1", err)
	}
}

// hasAll reports whether every text of texts is a mention of byText, failing the test for each
// that is not: a check on a missing mention would pass or fail for no reason.
func hasAll(t *testing.T, doc string, byText map[string]dossier.Mention, texts ...string) bool {
	t.Helper()
	ok := true
	for _, x := range texts {
		if _, found := byText[x]; !found {
			t.Errorf("%q: no mention %q", doc, x)
			ok = false
		}
	}
	return ok
}
