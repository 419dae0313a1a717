package rules

import "testing"

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"4MiB", 4 << 20},
		{"512MiB", 512 << 20},
		{"2MB", 2_000_000},
		{"1.5 MiB", 1_572_864},
		{"2097152", 2_097_152},
		{"100B", 100},
		{"64kb", 64_000},
		{"64KiB", 65_536},
		{"1GiB", 1 << 30},
		{"2 gb", 2_000_000_000},
		{" 3mib ", 3 << 20},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParseSizeErrors(t *testing.T) {
	for _, in := range []string{"", "MiB", "4 MegaBytes", "4MiB2", "1.2.3MB", "-1MiB", "0", "0.4", "1.5", "1e3MB", "99999999999GiB"} {
		if got, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) = %d, want an error", in, got)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		100: "100 B", 1 << 10: "1 KiB", 1 << 20: "1 MiB", 14_698_450: "14 MiB", 15_400_000: "14.7 MiB",
		1536: "1.5 KiB", 3 << 30: "3 GiB",
	} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}
