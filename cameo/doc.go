// Package cameo holds the CAMEO event codebook and its PLOVER equivalents
// as Go types: a Code for each of the 312 CAMEO event codes, with its name,
// description, Goldstein value, root, quad class and PLOVER event type,
// mode and contexts; a PLOVER type for the 16 PLOVER event types with
// their quad classes and modes; and a Quad type for the four quad classes.
//
// It does not code events: it is the closed vocabulary that event coders
// (package event and its subpackages) and the evaluation write into and
// read from.
//
// # Codes
//
// A Code is a CAMEO event code of two digits (a cue category or root,
// "19"), three ("190") or four ("1721"). Leading zeros matter: "01" is the
// root of "010", and both are codes. Parse accepts exactly the codes in the
// codebook; a Code is two bytes, compares with ==, and sorts (with <) in
// codebook order, a parent before its children. It encodes to JSON and
// text as its digits.
//
//	c, _ := cameo.Parse("0332")
//	c.Name()      // "Express intent to provide military aid"
//	c.Goldstein() // 5.2
//	c.Root()      // 03
//	c.Quad()      // verbal cooperation
//	c.PLOVER()    // AGREE, ""
//
// # Sources and their disagreements
//
// The tables are generated (see tables.go and plover_tables.go) from the
// shared data by internal/gen:
//
//   - the codebook: cameo-codes.csv of the R package icews (MIT), with the
//     names, descriptions, usage notes and examples of the CAMEO 1.1b3
//     manual and one Goldstein value per code;
//   - the PLOVER manual (draft 0.8) for the event types, their quad classes,
//     modes and contexts, and its CAMEO2PLOVER-2021 table for the PLOVER
//     event, mode and contexts of each CAMEO code (CC BY-SA 4.0: the
//     generated plover_tables.go carries that licence);
//   - NGEC's structured PLOVER codebook (MIT) for the event definitions and
//     as a cross-check of the modes.
//
// The quad class of a code follows the standard CAMEO root rule (01–05
// verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict,
// 14–20 material conflict); the PLOVER quad of an event type follows the
// PLOVER manual, so the two differ for some codes (CAMEO 081–083 "yield"
// codes are material cooperation, their PLOVER type CONCEDE is verbal
// cooperation). Codes in the 01 and 02 families have no PLOVER type: the
// manual drops them. DISAGREEMENTS.md lists every case where the sources
// disagree and the choice the tables make.
//
// Regenerate after changing internal/gen or the data:
//
//	go generate ./cameo
package cameo

//go:generate go run ./internal/gen -codebook ../../shared/data/cameo-codebook -plover ../../shared/data/plover -ngec ../../shared/data/ngec-plover-assets
