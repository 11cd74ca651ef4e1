package export

import "strings"

// formulaStarts are the first characters by which a spreadsheet takes a cell for a formula (or,
// for a tab and a carriage return, hides one): a publisher named "=HYPERLINK(…)" or "@name" must
// open as the text it is.
const formulaStarts = "=+-@\t\r"

// Cell makes text safe to open as a CSV cell in a spreadsheet: text that begins with a character
// a spreadsheet reads as the start of a formula gets a leading apostrophe, which spreadsheets
// show as text and do not display; other text is returned as it is.
func Cell(s string) string {
	if s != "" && strings.ContainsRune(formulaStarts, rune(s[0])) {
		return "'" + s
	}
	return s
}

// Cells applies Cell to every cell of a row, in place, and returns the row.
func Cells(row []string) []string {
	for i, s := range row {
		row[i] = Cell(s)
	}
	return row
}
