package main

import (
	"strings"
	"unicode/utf8"
)

// The codebook CSV is Windows-1252. Its curly quotes and dashes went
// through MacRoman once on the way (UTF-8 bytes shown as MacRoman, then
// saved as cp1252), so "’" reads as "‚Äô". decodeCP1252 undoes the first
// step and unMojibake the second. Both tables are written out here so
// that the module needs no golang.org/x/text dependency.

// cp1252High maps bytes 0x80–0x9F; the rest of cp1252 is Latin-1. The
// five unassigned bytes map to themselves, as WHATWG's decoder does.
var cp1252High = [32]rune{
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
}

// decodeCP1252 returns b, read as Windows-1252, as UTF-8.
func decodeCP1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(cp1252High[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// macRomanHigh maps MacRoman bytes 0x80–0xFF to Unicode.
var macRomanHigh = [128]rune{
	0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
	0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
	0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
	0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
	0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
	0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
	0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
	0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
	0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
	0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
	0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
	0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
	0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
	0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
	0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
	0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
}

var macRomanByte = func() map[rune]byte {
	m := make(map[rune]byte, 128)
	for i, r := range macRomanHigh {
		m[r] = byte(0x80 + i)
	}
	return m
}()

// unMojibake repairs UTF-8 that was displayed as MacRoman: each maximal run
// of non-ASCII characters is encoded back to MacRoman bytes, and where those
// bytes are valid UTF-8 the run is replaced by them. Runs that do not
// round-trip are kept as they are and returned in bad.
func unMojibake(s string) (fixed string, bad []string) {
	var sb strings.Builder
	i := 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			sb.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(s[j:])
			j += n
		}
		run := s[i:j]
		if rep, ok := fromMacRoman(run); ok {
			sb.WriteString(rep)
		} else {
			sb.WriteString(run)
			bad = append(bad, run)
		}
		i = j
	}
	return sb.String(), bad
}

func fromMacRoman(run string) (string, bool) {
	b := make([]byte, 0, len(run))
	for _, r := range run {
		c, ok := macRomanByte[r]
		if !ok {
			return "", false
		}
		b = append(b, c)
	}
	if !utf8.Valid(b) {
		return "", false
	}
	return string(b), true
}
