package rules

import (
	"slices"
	"testing"
)

func TestParseDirective(t *testing.T) {
	tests := []struct {
		text   string
		kind   DirectiveKind
		rules  []string
		reason string
	}{
		{"tfjslint-disable-line", DisableLine, nil, ""},
		{" tfjslint-disable-line sync-readback", DisableLine, []string{"sync-readback"}, ""},
		{"tfjslint-disable-next-line undisposed-tensor, sync-readback -- kept for the lifetime of the page",
			DisableNextLine, []string{"undisposed-tensor", "sync-readback"}, "kept for the lifetime of the page"},
		{" tfjslint-disable missing-shuffle ", Disable, []string{"missing-shuffle"}, ""},
		{"tfjslint-disable", Disable, nil, ""},
		{"tfjslint-enable missing-shuffle", Enable, []string{"missing-shuffle"}, ""},
		{"tfjslint-enable", Enable, nil, ""},
		{"tfjslint-disable sgd-optimizer learning-rate,timer-wait ,, async-tidy", Disable,
			[]string{"sgd-optimizer", "learning-rate", "timer-wait", "async-tidy"}, ""},
		{"tfjslint-disable sgd-optimizer sgd-optimizer", Disable, []string{"sgd-optimizer"}, ""},
		{"tfjslint-disable -- generated file", Disable, nil, "generated file"},
		{"tfjslint-disable-line sgd-optimizer --- see #12", DisableLine, []string{"sgd-optimizer"}, "see #12"},
		{"tfjslint-disable-line sgd-optimizer --", DisableLine, []string{"sgd-optimizer"}, ""},
		{"tfjslint-disable\n  sgd-optimizer,\n  learning-rate\n", Disable, []string{"sgd-optimizer", "learning-rate"}, ""},
		{"\ttfjslint-enable\tsgd-optimizer\t", Enable, []string{"sgd-optimizer"}, ""},
	}
	for _, tt := range tests {
		d, ok, err := ParseDirective(tt.text)
		if !ok || err != nil {
			t.Errorf("ParseDirective(%q) = ok %v, err %v", tt.text, ok, err)
			continue
		}
		if d.Kind != tt.kind || !slices.Equal(d.Rules, tt.rules) || d.Reason != tt.reason {
			t.Errorf("ParseDirective(%q) = %v %q reason %q; want %v %q reason %q",
				tt.text, d.Kind, d.Rules, d.Reason, tt.kind, tt.rules, tt.reason)
		}
	}
}

func TestParseDirectiveNotADirective(t *testing.T) {
	for _, text := range []string{
		"tfjslint is great",
		"",
		"TODO: tfjslint-disable later",
		"tfjslint-disabled",
		"tfjslint-disable-lines sgd-optimizer",
		"tfjslint-enabler",
		"eslint-disable-next-line no-unused-vars",
		"* tfjslint-disable", // a JSDoc block, as ESLint does
		"tfjslint:disable",
	} {
		if d, ok, err := ParseDirective(text); ok || err != nil {
			t.Errorf("ParseDirective(%q) = %+v, ok %v, err %v; want not a directive", text, d, ok, err)
		}
	}
}

func TestParseDirectiveErrors(t *testing.T) {
	tests := []struct {
		text  string
		rules []string
		err   string
	}{
		{"tfjslint-disable-line sgd-optimiser", []string{"sgd-optimiser"},
			`unknown rule "sgd-optimiser"; did you mean "sgd-optimizer"?`},
		{"tfjslint-disable sgd-optimizer, leaked-temporaries, bogus -- why", []string{"sgd-optimizer", "leaked-temporaries", "bogus"},
			"unknown rule \"leaked-temporaries\"; did you mean \"leaked-temporary\"?\nunknown rule \"bogus\"; did you mean \"model-size\"?"},
		{"tfjslint-disable-line\nsgd-optimizer", []string{"sgd-optimizer"},
			"a tfjslint-disable-line comment must not span several lines; use tfjslint-disable-next-line"},
	}
	for _, tt := range tests {
		d, ok, err := ParseDirective(tt.text)
		if !ok {
			t.Errorf("ParseDirective(%q) not recognised", tt.text)
			continue
		}
		if err == nil || err.Error() != tt.err {
			t.Errorf("ParseDirective(%q) err = %v, want %s", tt.text, err, tt.err)
		}
		// An unknown ID must never turn the directive into "all rules".
		if !slices.Equal(d.Rules, tt.rules) {
			t.Errorf("ParseDirective(%q) rules = %q, want %q", tt.text, d.Rules, tt.rules)
		}
	}
}

func TestDirectiveKindString(t *testing.T) {
	for k, want := range map[DirectiveKind]string{
		DisableLine: "tfjslint-disable-line", DisableNextLine: "tfjslint-disable-next-line",
		Disable: "tfjslint-disable", Enable: "tfjslint-enable", 9: "DirectiveKind(9)",
	} {
		if got := k.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", int(k), got, want)
		}
	}
}
