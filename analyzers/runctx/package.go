package runctx

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/packages"
)

// NewPackage makes the synthetic one-file package the analyzers run on (lint's
// worker pool; checker.Analyze in tests): the JS or HTML file is its only OtherFile.
func NewPackage(fset *token.FileSet, path string) *packages.Package {
	return &packages.Package{
		ID:         path,
		Name:       "js",
		PkgPath:    path,
		Fset:       fset,
		OtherFiles: []string{path},
		Types:      types.NewPackage(path, "js"),
		TypesInfo:  &types.Info{},
		TypesSizes: types.SizesFor("gc", "amd64"),
	}
}
