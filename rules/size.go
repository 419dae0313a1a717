package rules

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// sizeUnits maps lower-cased unit names to bytes: SI for kB/MB/GB (as browser
// storage quotas are quoted), binary for KiB/MiB/GiB.
var sizeUnits = map[string]float64{
	"b":   1,
	"kb":  1e3,
	"mb":  1e6,
	"gb":  1e9,
	"kib": 1 << 10,
	"mib": 1 << 20,
	"gib": 1 << 30,
}

// parseSize reads sizes such as "4MiB", "1.5 MiB", "2MB" or "2097152" (bytes).
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	split := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if split < 0 {
		split = len(s)
	}
	num, unit := s[:split], strings.ToLower(strings.TrimSpace(s[split:]))
	scale, ok := 1.0, true
	if unit != "" {
		scale, ok = sizeUnits[unit]
	}
	n, err := strconv.ParseFloat(num, 64)
	if !ok || err != nil || num == "" {
		return 0, fmt.Errorf("invalid size %q: use bytes or a number with B, kB, MB, GB, KiB, MiB or GiB, e.g. 4MiB", s)
	}
	bytes := math.Round(n * scale)
	switch {
	case unit == "" && n != math.Trunc(n):
		return 0, fmt.Errorf("invalid size %q: a size without unit is whole bytes", s)
	case bytes <= 0:
		return 0, fmt.Errorf("invalid size %q: must be positive", s)
	case bytes >= math.MaxInt64:
		return 0, fmt.Errorf("invalid size %q: too large", s)
	}
	return int64(bytes), nil
}

// FormatSize writes a byte count the way sizes are configured: whole bytes
// below 1 KiB, else KiB, MiB or GiB with at most one decimal ("1 MiB",
// "14.7 MiB").
func FormatSize(n int64) string {
	units := []string{"KiB", "MiB", "GiB"}
	if n < 1<<10 {
		return fmt.Sprintf("%d B", n)
	}
	v, unit := float64(n)/(1<<10), units[0]
	for _, u := range units[1:] {
		if v < 1<<10 {
			break
		}
		v, unit = v/(1<<10), u
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", v), ".0") + " " + unit
}
