// Package report writes lint results for people and machines: ESLint's
// stylish listing grouped by file (text, the default), each finding with its
// source line (codeframe), one line per finding (unix), a stable JSON document (json-schema.md), SARIF
// 2.1.0 for code-scanning services, GitHub Actions workflow commands, GitLab's
// code quality report (Code Climate JSON) and checkstyle XML for Jenkins and
// other dashboards. The formats CI services read name files from the
// repository root (Options.Paths).
//
// Every format reads the same *lint.Result and relies on its findings being
// sorted already; none of them reorders, filters or changes severities.
//
// Columns are tfjslint's 1-based byte columns in every format, SARIF included
// (where the spec's default unit is UTF-16 code units); they differ only on
// lines with non-ASCII text before the column, and SARIF regions also carry
// exact byteOffset/byteLength.
package report
