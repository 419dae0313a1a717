package report

import (
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/tfjslint/tfjslint/rules"
)

// addSARIFRules describes every rule of the catalog, not only those with
// results, so consumers can show docs and defaults for the whole tool; it
// returns each rule's index in the driver's rules array.
func addSARIFRules(run *sarif.Run) map[string]int {
	index := map[string]int{}
	for _, r := range rules.All() {
		d := sarif.NewRule(r.ID).
			WithHelpURI(rules.HelpURI(r.ID)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().
				WithLevel(sarifLevel(r.DefaultSeverity)).
				WithEnabled(r.DefaultSeverity != rules.Off)).
			WithProperties(sarif.NewPropertyBag().
				Add("tips", append([]int{}, r.Tips...)). // [] rather than null for tool rules
				Add("fixKind", r.Fix.String()))
		if r.Summary != "" {
			d.WithShortDescription(sarif.NewMultiformatMessageString().WithText(r.Summary))
		}
		index[r.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.AddRule(d)
	}
	return index
}
