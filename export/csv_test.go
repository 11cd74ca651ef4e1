package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// csvInput is a small invented corpus with its cross-document results, as the report tests use it.
type csvInput struct {
	Analyses []*dossier.Analysis `json:"analyses"`
	Corpus   *dossier.Corpus     `json:"corpus"`
}

func loadCSVInput(t *testing.T) csvInput {
	t.Helper()
	b, err := os.ReadFile("testdata/csv_input.json")
	if err != nil {
		t.Fatal(err)
	}
	var in csvInput
	if err := json.Unmarshal(b, &in); err != nil {
		t.Fatal(err)
	}
	return in
}

func readCSV(t *testing.T, in csvInput) map[string]map[string]string {
	t.Helper()
	var b bytes.Buffer
	if err := CSV(&b, in.Analyses, in.Corpus); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, b.String())
	}
	if strings.Join(records[0], ",") != strings.Join(CSVHeader, ",") {
		t.Fatalf("header %v, want %v", records[0], CSVHeader)
	}
	rows := map[string]map[string]string{}
	for _, rec := range records[1:] {
		row := map[string]string{}
		for i, col := range CSVHeader {
			row[col] = rec[i]
		}
		rows[rec[0]] = row
	}
	return rows
}

func TestCSV(t *testing.T) {
	in := loadCSVInput(t)
	rows := readCSV(t, in)
	if len(rows) != len(in.Corpus.Happenings) {
		t.Errorf("%d rows, want one per happening (%d)", len(rows), len(in.Corpus.Happenings))
	}
	tests := []struct {
		id   string
		want map[string]string
	}{
		{"h1", map[string]string{"date": "2023-11-03", "date_precision": "day", "type": "PROTEST", "place": "Port Veltra",
			"sources": "Coastline Courier;Harbour Herald;Veltra Ukens", "documents": "a1000000000000a1;b2000000000000b2;c3000000000000c3",
			"independent_sources": "2", "modality": "asserted;reported",
			"notes": "c1 time: when the strike at Port Veltra began: 3 November 2023 (Coastline Courier) vs October 2 (Veltra Ukens)"}},
		{"h2", map[string]string{"date": "2023-11", "date_precision": "month", "actors": "Veltra Dockers Union", "modality": "future", "notes": ""}},
		{"h3", map[string]string{"date": "", "date_precision": "", "type": "ACCUSE", "actors": "Marta Ilves", "targets": "Harbour Board",
			"notes": `c2 characterisation: Marta Ilves: "veteran organiser" (Coastline Courier) vs "<i>dangerous</i> agitator" (Veltra Ukens)`}},
		{"h4", map[string]string{"date": "2023", "date_precision": "year"}},
		{"h5", map[string]string{"modality": "denied", "actors": "Harbour Board", "sources": "Harbour Herald", "independent_sources": "1"}},
		{"h6", map[string]string{"date_precision": "season", "targets": "Marta Ilves", "modality": "alleged"}},
		{"h7", map[string]string{"date": "XXXX-10-02", "date_precision": "unknown-year", "modality": "uncertain", "actors": "", "place": ""}},
		// A time of day leaves the date column a calendar date and has a column of its own.
		{"h9", map[string]string{"date": "2023-11-05", "date_precision": "time", "time_of_day": "night"}},
		{"h10", map[string]string{"date": "2023-11-06", "date_precision": "time", "time_of_day": "14:30"}},
		{"h1", map[string]string{"time_of_day": ""}},
	}
	for _, tt := range tests {
		row := rows[tt.id]
		if row == nil {
			t.Errorf("no row for %s", tt.id)
			continue
		}
		for col, want := range tt.want {
			if row[col] != want {
				t.Errorf("%s %s = %q, want %q", tt.id, col, row[col], want)
			}
		}
	}
}

// Before the cross-document pass has run every event is a row of its own.
func TestCSVWithoutCrossCheck(t *testing.T) {
	in := loadCSVInput(t)
	in.Corpus = &dossier.Corpus{Entities: in.Corpus.Entities, Members: in.Corpus.Members}
	rows := readCSV(t, in)
	events := 0
	for _, a := range in.Analyses {
		events += len(a.Events)
	}
	if len(rows) != events {
		t.Errorf("%d rows, want one per event (%d)", len(rows), events)
	}
	row := rows["c3000000000000c3:v1"]
	if row == nil {
		t.Fatalf("no row for the first event of c3000000000000c3: %v", rows)
	}
	if row["independent_sources"] != "1" || row["place"] != "Port Veltra" || row["sources"] != "Veltra Ukens" {
		t.Errorf("row = %v", row)
	}
}

func TestPrecision(t *testing.T) {
	tests := map[string]string{
		"":                 "",
		"2023-11-03":       "day",
		"2023-11-03T14:30": "time",
		"2023-11":          "month",
		"2023":             "year",
		"202X":             "decade",
		"20XX":             "century",
		"2023-SP":          "season",
		"2023-Q3":          "quarter",
		"2023-H1":          "half",
		"2024-W13":         "week",
		"2024-W13-3":       "day",
		"XXXX-10-02":       "unknown-year",
		"XXXX-10":          "unknown-year",
		"XXXX-WXX-4":       "weekday",
		"XXXX-WXX":         "unknown",
		"PRESENT_REF":      "reference",
		"P5D":              "unknown",
		"2023-1x":          "unknown",
	}
	for v, want := range tests {
		if got := Precision(v); got != want {
			t.Errorf("Precision(%q) = %q, want %q", v, got, want)
		}
	}
}

// The dead a happening's sources give are a range for people to read and, in the last two
// columns, the lowest and highest as plain numbers, which a spreadsheet does not take for a date.
func TestCSVFatalityColumns(t *testing.T) {
	tests := []struct {
		f               *dossier.Fatalities
		text, low, high string
	}{
		{nil, "", "", ""},
		{&dossier.Fatalities{Low: 12, High: 12}, "12", "12", "12"},
		{&dossier.Fatalities{Low: 12, High: 21}, "12-21", "12", "21"},
		{&dossier.Fatalities{Low: 12, High: 21, Open: true}, "12-21+", "12", "21"},
		{&dossier.Fatalities{Low: 24, High: 99, Words: "dozens"}, "dozens", "", ""},
	}
	for _, tt := range tests {
		in := loadCSVInput(t)
		in.Corpus.Happenings[0].Fatalities = tt.f
		row := readCSV(t, in)[in.Corpus.Happenings[0].ID]
		got := [3]string{row["fatalities"], row["fatalities_low"], row["fatalities_high"]}
		if want := [3]string{tt.text, tt.low, tt.high}; got != want {
			t.Errorf("%+v: fatalities, low, high = %q, want %q", tt.f, got, want)
		}
	}
}
